package org.opsdb.migrations.revision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Computes what upgrades, downgrades and history listings cover, with Alembic's semantics, and orders them with
 * {@link TopologicalOrder}. Works on ids; {@link RevisionGraph} turns them into revisions and steps.
 */
final class MigrationPlanner {

    private final GraphStructure graph;
    private final IdentifierResolver resolver;

    MigrationPlanner(GraphStructure graph, IdentifierResolver resolver) {
        this.graph = graph;
        this.resolver = resolver;
    }

    /** Everything the stored heads imply is applied: their ancestors over down and depends-on edges. */
    Set<String> applied(Collection<String> versionHeads) {
        return graph.ancestors(resolver.known(versionHeads), true);
    }

    /**
     * The members of an applied set that no other member names as a down revision or a dependency, in input order:
     * what Alembic's {@code HeadMaintainer} leaves in the version table (a dependency is implied by its dependent).
     */
    List<String> versionHeads(Collection<String> applied) {
        return heads(applied, graph::allDown);
    }

    /**
     * The members of an applied set that no other member names as a down revision, in input order: where each
     * branch stands, dependencies' positions included (Alembic's {@code current}, {@code _get_all_current}).
     */
    List<String> branchHeads(Collection<String> applied) {
        return heads(applied, id -> graph.revision(id).downRevisions());
    }

    private List<String> heads(Collection<String> applied, Function<String, List<String>> parents) {
        List<String> known = resolver.known(applied);
        Set<String> below = new LinkedHashSet<>();
        known.forEach(id -> below.addAll(parents.apply(id)));
        return known.stream().filter(id -> !below.contains(id)).toList();
    }

    /** Revisions to upgrade, oldest first: the target's ancestry minus what is applied. */
    List<String> upgrade(Set<String> current, String target) {
        String text = target == null ? "" : target.strip();
        Optional<RelativeIdentifier> relative = RelativeIdentifier.parse(text);
        if (relative.isPresent() && relative.get().steps() < 0 && relative.get().symbol() == null) {
            // the mirror of 'downgrade +1': a walk down from the current heads is a downgrade
            throw new RevisionException("Relative revision " + text + " can't be an upgrade target; use +N, a"
                    + " revision or head, or 'downgrade " + text + "' to go down");
        }
        List<String> targets = graph.sorted(resolver.resolve(target, current));
        if (current.containsAll(targets)) {
            return List.of(); // every target is applied, so is all it needs: the usual up-to-date boot ends here
        }
        Set<String> needed = graph.ancestors(targets, true);
        needed.removeAll(applied(current));
        List<String> order = new ArrayList<>(TopologicalOrder.newestFirst(graph, needed, targets));
        Collections.reverse(order);
        return order;
    }

    /** Revisions to downgrade, newest first: the applied descendants of the target, dependents included. */
    List<String> downgrade(Set<String> current, String target) {
        List<String> heads = resolver.known(current);
        Set<String> active = applied(heads);
        String text = target == null ? "" : target.strip();
        String targetId;
        String branch;
        Optional<RelativeIdentifier> relative = RelativeIdentifier.parse(text);
        if (relative.isPresent()) {
            RelativeIdentifier rel = relative.get();
            if (rel.steps() >= 0 && rel.symbol() == null) {
                throw new RevisionException("Relative revision " + text
                        + " can't be a downgrade target; use -N, a revision or base");
            }
            IdentifierResolver.Walk walk = resolver.walk(rel, current, text);
            targetId = walk.target();
            branch = rel.label() != null ? rel.label() : rel.symbol() == null ? walk.start() : null;
        } else {
            int at = text.lastIndexOf('@');
            branch = at > 0 ? text.substring(0, at) : null;
            targetId = resolver.resolveOne(text, current);
        }
        boolean toBase = IdentifierResolver.BASE.equals(targetId);
        if (!toBase && !active.contains(targetId)) {
            throw new RevisionException("Can't downgrade to " + targetId + ": it is not applied ("
                    + describeCurrent(heads) + ")");
        }
        List<String> roots = toBase ? graph.bases() : graph.sorted(graph.children(targetId));
        if (branch != null && roots.size() > 1) {
            Set<String> onBranch = graph.ancestors(List.of(resolver.branchRevision(branch)), false);
            roots = roots.stream().filter(onBranch::contains).toList();
        }
        Set<String> drop = graph.descendants(roots, true);
        drop.retainAll(active);
        return TopologicalOrder.newestFirst(graph, drop, heads);
    }

    /** Revisions in a {@code FROM:TO} range, newest first, like {@code alembic history -r FROM:TO}. */
    List<String> history(String range, Set<String> current) {
        String from = "base";
        String to = "heads";
        if (range != null && !range.isBlank()) {
            int colon = range.indexOf(':');
            if (colon < 0) {
                throw new RevisionException("History range requires [start]:[end], [start]: or :[end], got '"
                        + range.strip() + "'");
            }
            from = range.substring(0, colon).isBlank() ? from : range.substring(0, colon).strip();
            to = range.substring(colon + 1).isBlank() ? to : range.substring(colon + 1).strip();
        }
        if (from.equals("current") && current.isEmpty()) {
            from = "base";
        }
        List<String> upper = graph.sorted(resolver.resolve(to, current));
        List<String> lower = graph.sorted(resolver.resolve(from, current));
        Set<String> selected = graph.ancestors(upper, true);
        for (String low : lower) {
            if (!selected.contains(low)) {
                throw new RevisionException("Revision " + low + " is not an ancestor of revision "
                        + (upper.isEmpty() ? "base" : String.join(", ", upper)));
            }
        }
        selected.removeAll(graph.ancestors(lower, true));
        selected.addAll(lower);
        if (!lower.isEmpty()) {
            selected.retainAll(graph.descendants(lower, false));
        }
        return TopologicalOrder.newestFirst(graph, selected, upper);
    }

    private static String describeCurrent(List<String> heads) {
        return heads.isEmpty() ? "nothing is applied" : "current heads: " + String.join(", ", heads);
    }
}

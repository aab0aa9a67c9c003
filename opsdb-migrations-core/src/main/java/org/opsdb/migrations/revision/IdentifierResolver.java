package org.opsdb.migrations.revision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns identifiers into revision ids, with Alembic's vocabulary: {@code head}, {@code heads}, {@code base},
 * {@code current}, a full id, a unique id prefix, a branch label, {@code label@head}, {@code label@heads},
 * {@code label@base}, {@code label@REV}, and the relative forms {@code +N}, {@code -N}, {@code REV+N},
 * {@code REV-N}, {@code label@+N}, {@code label@-N}. Relative walks follow down-revision edges only and refuse
 * to guess: a step that could go to several revisions is an error.
 */
final class IdentifierResolver {

    /** Stands for "below every base" in walks; never a revision id (it is reserved). */
    static final String BASE = "base";

    /**
     * The outcome of a relative identifier.
     *
     * @param start  the revision the walk started from ({@code null} for "nothing applied")
     * @param target the revision reached, or {@link #BASE}
     */
    record Walk(String start, String target) {
    }

    private final GraphStructure graph;

    IdentifierResolver(GraphStructure graph) {
        this.graph = graph;
    }

    /** Resolves an identifier to revision ids, in input order; {@code base} gives the empty set. */
    Set<String> resolve(String identifier, Set<String> current) {
        String text = requireText(identifier);
        var relative = RelativeIdentifier.parse(text);
        if (relative.isPresent()) {
            String target = walk(relative.get(), current, text).target();
            return BASE.equals(target) ? Set.of() : Set.of(target);
        }
        return absolute(text, current);
    }

    /** Resolves an identifier that must name one revision, or base ({@link #BASE}). */
    String resolveOne(String identifier, Set<String> current) {
        Set<String> ids = resolve(identifier, current);
        if (ids.size() > 1) {
            throw multipleHeads(identifier, ids);
        }
        return ids.isEmpty() ? BASE : ids.iterator().next();
    }

    /** Walks a relative identifier, from the current heads when it names no start revision. */
    Walk walk(RelativeIdentifier relative, Set<String> current, String text) {
        String start;
        if (relative.symbol() != null) {
            String symbol = relative.label() != null && relative.steps() < 0
                    ? relative.label() + "@" + relative.symbol() : relative.symbol();
            start = resolveOne(symbol, current);
        } else if (relative.steps() >= 0) {
            start = upwardStart(relative, current, text);
        } else {
            start = downwardStart(relative, current, text);
        }
        String target = step(start, relative.steps(), relative.steps() > 0 ? relative.label() : null, text);
        if (target == null) {
            throw new RevisionException("Relative revision " + text + " didn't produce "
                    + Math.abs(relative.steps()) + " migrations: the walk from "
                    + (start == null ? "base" : start) + " goes " + (relative.steps() > 0 ? "past the head"
                    : "below base"));
        }
        return new Walk(start, target);
    }

    /** The revision a branch label (or, failing that, an identifier) names. */
    String branchRevision(String label) {
        Revision labelled = graph.labelled(label);
        if (labelled != null) {
            return labelled.id();
        }
        try {
            return lookup(label, null);
        } catch (RevisionException unknown) {
            throw new RevisionException("No such branch: '" + label + "'");
        }
    }

    /** The ids that share lineage (down edges) with the branch a label names, in the given order. */
    List<String> onBranch(Collection<String> ids, String label) {
        String branch = branchRevision(label);
        return ids.stream().filter(id -> graph.sharesLineage(id, branch)).toList();
    }

    private Set<String> absolute(String text, Set<String> current) {
        int at = text.indexOf('@');
        String label = at >= 0 ? text.substring(0, at) : null;
        String rest = at >= 0 ? text.substring(at + 1) : text;
        List<String> ids = switch (rest) {
            case "heads" -> label == null ? graph.realHeads() : onBranch(graph.heads(), label);
            case "head" -> head(label, text);
            case "base" -> {
                if (label != null) {
                    branchRevision(label);
                }
                yield List.of();
            }
            case "current" -> {
                List<String> known = known(current);
                yield label == null ? known : onBranch(known, label);
            }
            default -> List.of(lookup(rest, label));
        };
        return new LinkedHashSet<>(ids);
    }

    /** Current heads as given by the caller: exact ids, in input order. */
    List<String> known(Collection<String> current) {
        for (String id : current) {
            if (!graph.contains(id)) {
                throw new RevisionException("Can't locate revision identified by '" + id + "'");
            }
        }
        return graph.sorted(current);
    }

    private List<String> head(String label, String text) {
        List<String> heads = label == null ? graph.heads() : onBranch(graph.heads(), label);
        if (heads.size() > 1) {
            throw multipleHeads(text, heads);
        }
        return heads;
    }

    /** An exact id, a branch label or a unique id prefix; with a label, it must be on that branch. */
    private String lookup(String text, String label) {
        String found;
        if (graph.contains(text)) {
            found = text;
        } else if (graph.labelled(text) != null) {
            found = graph.labelled(text).id();
        } else {
            List<String> candidates = graph.revisions().stream().map(Revision::id)
                    .filter(id -> !text.isEmpty() && id.startsWith(text)).toList();
            if (label != null && candidates.size() > 1) {
                candidates = onBranch(candidates, label);
            }
            if (candidates.isEmpty()) {
                throw new RevisionException("Can't locate revision identified by '" + text + "'");
            }
            if (candidates.size() > 1) {
                throw new RevisionException("Multiple revisions start with '" + text + "': "
                        + String.join(", ", candidates) + "; use more characters");
            }
            found = candidates.get(0);
        }
        if (label != null && !graph.sharesLineage(found, branchRevision(label))) {
            throw new RevisionException("Revision " + found + " is not a member of branch '" + label + "'");
        }
        return found;
    }

    /** {@code +N} without a start revision: from the single current head (on the label's branch). */
    private String upwardStart(RelativeIdentifier relative, Set<String> current, String text) {
        List<String> known = known(current);
        List<String> starts = known;
        if (relative.label() != null) {
            starts = onBranch(known, relative.label());
            if (starts.isEmpty()) {
                starts = branchTips(known, relative.label());
            }
        }
        if (starts.size() > 1) {
            throw new RevisionException("Ambiguous relative revision " + text + ": several current heads ("
                    + String.join(", ", starts) + "); name the one to start from, e.g. " + starts.get(0)
                    + relative.signedSteps());
        }
        return starts.isEmpty() ? null : starts.get(0);
    }

    /** The newest applied revisions on a label's branch when no current head is on it (null list if none). */
    private List<String> branchTips(List<String> current, String label) {
        List<String> active = onBranch(graph.sorted(graph.ancestors(current, true)), label);
        Set<String> below = new HashSet<>();
        active.forEach(id -> below.addAll(graph.normalizedDown(id)));
        return active.stream().filter(id -> !below.contains(id)).toList();
    }

    /** {@code -N} without a start revision: from the single current head (on the label's branch). */
    private String downwardStart(RelativeIdentifier relative, Set<String> current, String text) {
        List<String> known = known(current);
        if (known.isEmpty()) {
            throw new RevisionException("Relative revision " + text + " didn't produce "
                    + Math.abs(relative.steps()) + " migrations: no revision is applied");
        }
        List<String> starts = relative.label() == null ? known : onBranch(known, relative.label());
        if (starts.isEmpty() && relative.label() != null) {
            // as Alembic: the branch's position that a dependency implies (no row of its own)
            starts = branchTips(known, relative.label());
        }
        if (starts.isEmpty()) {
            throw new RevisionException("No current head is on branch '" + relative.label() + "' (current heads: "
                    + String.join(", ", known) + ")");
        }
        if (starts.size() > 1) {
            throw new RevisionException("Ambiguous relative revision " + text + ": several current heads ("
                    + String.join(", ", starts) + "); name the one to start from, e.g. " + starts.get(0)
                    + relative.signedSteps() + ", or a branch, e.g. branch@" + relative.signedSteps());
        }
        return starts.get(0);
    }

    /**
     * Walks {@code steps} along down edges: up to the children (from nothing: to the bases), down to the down
     * revisions (from a base: to {@link #BASE}). Returns null when the walk leaves the graph.
     */
    private String step(String start, int steps, String label, String text) {
        String at = start;
        for (int i = 0; i < Math.abs(steps); i++) {
            List<String> next = new ArrayList<>();
            if (steps > 0) {
                next.addAll(at == null || BASE.equals(at) ? graph.bases() : graph.sorted(graph.children(at)));
                if (label != null) {
                    next = onBranch(next, label);
                }
            } else if (!BASE.equals(at)) {
                next.addAll(at == null ? graph.heads() : graph.revision(at).downRevisions());
                if (next.isEmpty()) {
                    next.add(BASE);
                }
            }
            if (next.isEmpty()) {
                return null;
            }
            if (next.size() > 1) {
                throw new RevisionException("Ambiguous walk for '" + text + "': from "
                        + (at == null ? "base" : at) + " the next " + (steps > 0 ? "revisions are " : "down revisions are ")
                        + String.join(", ", next) + "; name one of them");
            }
            at = next.get(0);
        }
        return at;
    }

    private static RevisionException multipleHeads(String identifier, Collection<String> heads) {
        return new RevisionException("Multiple heads are present for '" + identifier + "': "
                + heads.stream().collect(Collectors.joining(", ")) + "; name one, or use 'heads'");
    }

    private static String requireText(String identifier) {
        if (identifier == null || identifier.isBlank()) {
            throw new RevisionException("A revision identifier is required");
        }
        return identifier.strip();
    }
}

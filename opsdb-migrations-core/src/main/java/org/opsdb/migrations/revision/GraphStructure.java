package org.opsdb.migrations.revision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The validated, indexed graph: revisions in their given order, the edges both ways, and the closures that
 * walks need. Two kinds of edge exist, as in Alembic: <em>down</em> edges ({@code down_revision}) that define
 * branches and the version table's heads, and <em>all</em> edges (down plus {@code depends_on}) that define
 * what must be applied before what.
 */
final class GraphStructure {

    private final Map<String, Revision> byId;
    private final Map<String, Integer> position = new HashMap<>();
    private final Map<String, Revision> byLabel;
    private final Map<String, List<String>> allDown = new HashMap<>();
    private final Map<String, List<String>> normalizedDown = new HashMap<>();
    private final Map<String, Set<String>> children = new HashMap<>();
    private final Map<String, Set<String>> allChildren = new HashMap<>();

    private GraphStructure(Collection<Revision> revisions) {
        byId = GraphValidator.indexById(revisions);
        byLabel = GraphValidator.indexByLabel(byId);
        GraphValidator.checkDownRevisions(byId);
        Map<String, List<String>> dependencies = GraphValidator.resolveDependencies(byId, byLabel);
        for (Revision revision : byId.values()) {
            position.put(revision.id(), position.size());
            children.put(revision.id(), new LinkedHashSet<>());
            allChildren.put(revision.id(), new LinkedHashSet<>());
            List<String> all = new ArrayList<>(revision.downRevisions());
            dependencies.get(revision.id()).stream().filter(d -> !all.contains(d)).forEach(all::add);
            allDown.put(revision.id(), List.copyOf(all));
        }
        GraphValidator.checkAcyclic(byId, allDown);
        for (Revision revision : byId.values()) {
            revision.downRevisions().forEach(down -> children.get(down).add(revision.id()));
            allDown.get(revision.id()).forEach(down -> allChildren.get(down).add(revision.id()));
        }
        for (Revision revision : byId.values()) {
            normalizedDown.put(revision.id(), normalize(revision, dependencies));
        }
    }

    /** Validates the revisions and indexes them; see {@link GraphValidator} for the checks. */
    static GraphStructure of(Collection<Revision> revisions) {
        return new GraphStructure(revisions);
    }

    /**
     * Down revisions plus the dependencies that no down-ancestor already declares (Alembic's "normalized" down
     * revisions). The topological order walks these edges.
     */
    private List<String> normalize(Revision revision, Map<String, List<String>> dependencies) {
        if (dependencies.get(revision.id()).isEmpty()) {
            return revision.downRevisions(); // nothing to normalise: no walk over the ancestors (O(N) per revision)
        }
        Set<String> inherited = new LinkedHashSet<>();
        for (String ancestor : ancestors(List.of(revision.id()), false)) {
            if (!ancestor.equals(revision.id())) {
                inherited.addAll(dependencies.get(ancestor));
            }
        }
        List<String> result = new ArrayList<>(revision.downRevisions());
        dependencies.get(revision.id()).stream()
                .filter(d -> !inherited.contains(d) && !result.contains(d))
                .forEach(result::add);
        return List.copyOf(result);
    }

    Revision revision(String id) {
        return byId.get(id);
    }

    boolean contains(String id) {
        return byId.containsKey(id);
    }

    Collection<Revision> revisions() {
        return byId.values();
    }

    /** The revision that carries a branch label, or null. */
    Revision labelled(String label) {
        return byLabel.get(label);
    }

    /** Position of a revision in the order the graph was built from. */
    int position(String id) {
        return position.get(id);
    }

    /** Orders ids by their position in the input. */
    Comparator<String> inputOrder() {
        return Comparator.comparingInt(this::position);
    }

    /** Revisions that name {@code id} as a down revision, in input order. */
    Set<String> children(String id) {
        return children.get(id);
    }

    /** Down revisions plus dependencies (resolved to ids): every revision that must be applied before {@code id}. */
    List<String> allDown(String id) {
        return allDown.get(id);
    }

    /** The revisions this one depends on (its {@code depends_on}, labels resolved), less its down revisions. */
    List<String> dependencies(String id) {
        return allDown.get(id).stream().filter(d -> !byId.get(id).downRevisions().contains(d)).toList();
    }

    /** Down revisions plus normalized dependencies, as the topological order walks them. */
    List<String> normalizedDown(String id) {
        return normalizedDown.get(id);
    }

    /** The given revisions and all their ancestors, over down edges and, if asked, depends-on edges. */
    Set<String> ancestors(Collection<String> ids, boolean includeDependencies) {
        return closure(ids, includeDependencies ? allDown::get : id -> byId.get(id).downRevisions());
    }

    /** The given revisions and all their descendants, over down edges and, if asked, depends-on edges. */
    Set<String> descendants(Collection<String> ids, boolean includeDependencies) {
        return closure(ids, includeDependencies ? allChildren::get : children::get);
    }

    /** Whether one revision is an ancestor or a descendant of the other, or the same (down edges only). */
    boolean sharesLineage(String id, String other) {
        return ancestors(List.of(id), false).contains(other) || descendants(List.of(id), false).contains(other);
    }

    /** Revisions with no down revision, in input order. */
    List<String> bases() {
        return byId.values().stream().filter(Revision::isBase).map(Revision::id).toList();
    }

    /** Revisions no other revision names as a down revision (what {@code alembic heads} lists). */
    List<String> heads() {
        return byId.keySet().stream().filter(id -> children.get(id).isEmpty()).toList();
    }

    /** Revisions nothing follows, not even through depends-on (what {@code heads} resolves to). */
    List<String> realHeads() {
        return byId.keySet().stream().filter(id -> allChildren.get(id).isEmpty()).toList();
    }

    /** Sorts ids into input order. */
    List<String> sorted(Collection<String> ids) {
        return ids.stream().distinct().sorted(inputOrder()).toList();
    }

    private static Set<String> closure(Collection<String> start, Function<String, Collection<String>> next) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(start);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(next.apply(id));
            }
        }
        return seen;
    }
}

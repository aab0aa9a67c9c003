package org.opsdb.migrations.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.opsdb.migrations.graph.GraphEdge.Kind;
import org.opsdb.migrations.revision.Revision;
import org.opsdb.migrations.revision.RevisionGraph;

/**
 * What a picture of the revision graph shows: nodes newest first, in the order {@code history} lists them, and
 * edges ordered by their child's position, a merge's parents in {@code down_revision} order, then its
 * {@code depends_on} targets. A range shows only its revisions and the edges between them. The same graph always
 * gives the same model, so the pictures are stable.
 *
 * @param nodes the nodes, newest first
 * @param edges the edges, parent (or dependency) to child
 */
public record GraphModel(List<GraphNode> nodes, List<GraphEdge> edges) {

    /** The shortest run of plain revisions that {@link #collapsed()} folds. */
    public static final int SHORTEST_FOLDED_RUN = 3;

    /** Copies the lists. */
    public GraphModel {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** The whole graph, marking {@code current} (the version table's revisions; empty offline). */
    public static GraphModel of(RevisionGraph graph, Set<String> current) {
        return of(graph, graph.history(null, current), current);
    }

    /**
     * The revisions {@code shown} (e.g. {@link RevisionGraph#history} of a range) and the edges between them.
     *
     * @param graph   the revision graph
     * @param shown   the revisions to draw, newest first
     * @param current the ids in the database's version table (empty offline)
     */
    public static GraphModel of(RevisionGraph graph, Collection<Revision> shown, Set<String> current) {
        Set<String> ids = shown.stream().map(Revision::id).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> heads = graph.heads().stream().map(Revision::id).collect(Collectors.toSet());
        List<GraphNode> nodes = new ArrayList<>();
        List<GraphEdge> edges = new ArrayList<>();
        for (Revision revision : shown) {
            nodes.add(new GraphNode(revision.id(), revision.message(), revision.branchLabels(),
                    heads.contains(revision.id()), revision.isBase(), revision.isMerge(),
                    current.contains(revision.id()), List.of()));
            revision.downRevisions().stream().filter(ids::contains)
                    .forEach(parent -> edges.add(new GraphEdge(parent, revision.id(), Kind.PARENT)));
            graph.dependencies(revision.id()).stream().filter(ids::contains)
                    .forEach(target -> edges.add(new GraphEdge(target, revision.id(), Kind.DEPENDS_ON)));
        }
        return new GraphModel(nodes, edges);
    }

    /** The node with this id; an {@link IllegalArgumentException} when there is none. */
    public GraphNode node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No node " + id + " in the graph"));
    }

    /** The ids of the parents ({@link Kind#PARENT} edges) of a node drawn here, in {@code down_revision} order. */
    public List<String> parents(String id) {
        return edges.stream().filter(e -> e.kind() == Kind.PARENT && e.to().equals(id)).map(GraphEdge::from)
                .toList();
    }

    /**
     * The same picture with every run of {@value #SHORTEST_FOLDED_RUN} or more plain revisions folded into one node
     * ({@code k revisions OLDEST...NEWEST}). A plain revision has exactly one parent and one child drawn, no branch
     * label, no {@code depends_on} edge either way, and is neither a head, a base nor current.
     */
    public GraphModel collapsed() {
        Map<String, GraphNode> byId = new HashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        Map<String, String> foldedInto = new HashMap<>();
        List<GraphNode> folded = new ArrayList<>();
        for (GraphNode node : nodes) {
            if (foldedInto.containsKey(node.id()) || !isPlain(node) || isPlain(byId.get(children(node.id()).get(0)))) {
                if (!foldedInto.containsKey(node.id())) {
                    folded.add(node);
                }
                continue;
            }
            List<String> run = new ArrayList<>(); // newest first: node is the newest of its run
            for (String id = node.id(); isPlain(byId.get(id)); id = parents(id).get(0)) {
                run.add(0, id);
            }
            if (run.size() < SHORTEST_FOLDED_RUN) {
                folded.add(node);
                continue;
            }
            GraphNode runNode = new GraphNode(run.get(0) + ":" + run.get(run.size() - 1), "", List.of(), false,
                    false, false, false, run);
            run.forEach(id -> foldedInto.put(id, runNode.id()));
            folded.add(runNode);
        }
        List<GraphEdge> kept = new ArrayList<>();
        for (GraphEdge edge : edges) {
            String from = foldedInto.getOrDefault(edge.from(), edge.from());
            String to = foldedInto.getOrDefault(edge.to(), edge.to());
            if (!from.equals(to)) {
                kept.add(new GraphEdge(from, to, edge.kind()));
            }
        }
        return new GraphModel(folded, kept);
    }

    private List<String> children(String id) {
        return edges.stream().filter(e -> e.kind() == Kind.PARENT && e.from().equals(id)).map(GraphEdge::to)
                .toList();
    }

    private boolean isPlain(GraphNode node) {
        return node != null && !node.isRun() && node.labels().isEmpty() && !node.head() && !node.base()
                && !node.current() && parents(node.id()).size() == 1 && children(node.id()).size() == 1
                && edges.stream().noneMatch(e -> e.kind() == Kind.DEPENDS_ON
                        && (e.from().equals(node.id()) || e.to().equals(node.id())));
    }
}

package org.opsdb.migrations.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.graph.GraphEdge.Kind;
import org.opsdb.migrations.revision.Revision;
import org.opsdb.migrations.revision.RevisionGraph;

/**
 * The graph as a picture: the model of a history with two bases, a three-way merge and a {@code depends_on} (on a
 * branch label), its three renderings exactly, the Mermaid and DOT text parsed back into the model's nodes and
 * edges, {@code --collapse} and ranges.
 * <pre>
 *                    n (head, current)
 *                    |
 *          ,-------- m --------.          t (head)
 *          a3        |          c1 ....   |
 *          a2        |          |      :  |
 *          a1 -------+----------'      :  |
 *       (core)       b2 ---------------:--'
 *                    b1 (extras) ......'     c1 depends_on "extras"
 * </pre>
 */
class GraphPictureTest {

    private static Revision revision(String id, List<String> labels, List<String> dependsOn, String... downs) {
        return new Revision(id, List.of(downs), labels, dependsOn, "message of " + id, null, id + ".sql");
    }

    private static Revision plain(String id, String... downs) {
        return revision(id, List.of(), List.of(), downs);
    }

    /** Two bases (a1 labelled core, b1 labelled extras), a three-way merge m, c1 depending on extras, two heads. */
    static RevisionGraph acceptance() {
        return RevisionGraph.of(List.of(revision("a1", List.of("core"), List.of()), plain("a2", "a1"),
                plain("a3", "a2"), revision("b1", List.of("extras"), List.of()), plain("b2", "b1"),
                revision("c1", List.of(), List.of("extras"), "a1"), plain("m", "a3", "b2", "c1"), plain("n", "m"),
                plain("t", "b2")));
    }

    private static final GraphModel MODEL = GraphModel.of(acceptance(), Set.of("n"));

    @Test
    void theModelHasEveryRevisionWithItsFlagsAndEveryParentAndDependsOnEdge() {
        assertThat(MODEL.nodes()).extracting(GraphNode::id).containsExactly("n", "m", "a3", "a2", "c1", "t", "a1",
                "b2", "b1");
        assertThat(MODEL.node("n")).isEqualTo(new GraphNode("n", "message of n", List.of(), true, false, false,
                true, List.of()));
        assertThat(MODEL.node("m")).isEqualTo(new GraphNode("m", "message of m", List.of(), false, false, true,
                false, List.of()));
        assertThat(MODEL.node("b1")).isEqualTo(new GraphNode("b1", "message of b1", List.of("extras"), false, true,
                false, false, List.of()));
        assertThat(MODEL.edges()).containsExactly(new GraphEdge("m", "n", Kind.PARENT),
                new GraphEdge("a3", "m", Kind.PARENT), new GraphEdge("b2", "m", Kind.PARENT),
                new GraphEdge("c1", "m", Kind.PARENT), new GraphEdge("a2", "a3", Kind.PARENT),
                new GraphEdge("a1", "a2", Kind.PARENT), new GraphEdge("a1", "c1", Kind.PARENT),
                new GraphEdge("b1", "c1", Kind.DEPENDS_ON), new GraphEdge("b2", "t", Kind.PARENT),
                new GraphEdge("b1", "b2", Kind.PARENT));
    }

    @Test
    void mermaidIsAFlowchartBottomToTopWithEveryParentOfTheMergeAndDashedDependsOn() {
        assertThat(GraphFormat.MERMAID.render(MODEL)).isEqualTo("""
                flowchart BT
                    r_n["n (head) (current)<br/>message of n"]
                    r_m["m<br/>message of m"]
                    r_a3["a3<br/>message of a3"]
                    r_a2["a2<br/>message of a2"]
                    r_c1["c1<br/>message of c1"]
                    r_t["t (head)<br/>message of t"]
                    r_a1["a1 (core)<br/>message of a1"]
                    r_b2["b2<br/>message of b2"]
                    r_b1["b1 (extras)<br/>message of b1"]
                    r_m --> r_n
                    r_a3 --> r_m
                    r_b2 --> r_m
                    r_c1 --> r_m
                    r_a2 --> r_a3
                    r_a1 --> r_a2
                    r_a1 --> r_c1
                    r_b1 -.-> r_c1
                    r_b2 --> r_t
                    r_b1 --> r_b2
                    classDef head stroke-width:3px
                    classDef current fill:#d4f4dd,stroke:#2e7d32
                    class r_n,r_t head
                    class r_n current
                """);
    }

    @Test
    void dotIsADigraphBottomToTopWithDashedDependsOn() {
        assertThat(GraphFormat.DOT.render(MODEL)).isEqualTo("""
                digraph revisions {
                    rankdir=BT;
                    node [shape=box];
                    "n" [label="n (head) (current)\\nmessage of n", penwidth=2, style=filled, fillcolor="#d4f4dd"];
                    "m" [label="m\\nmessage of m"];
                    "a3" [label="a3\\nmessage of a3"];
                    "a2" [label="a2\\nmessage of a2"];
                    "c1" [label="c1\\nmessage of c1"];
                    "t" [label="t (head)\\nmessage of t", penwidth=2];
                    "a1" [label="a1 (core)\\nmessage of a1"];
                    "b2" [label="b2\\nmessage of b2"];
                    "b1" [label="b1 (extras)\\nmessage of b1"];
                    "m" -> "n";
                    "a3" -> "m";
                    "b2" -> "m";
                    "c1" -> "m";
                    "a2" -> "a3";
                    "a1" -> "a2";
                    "a1" -> "c1";
                    "b1" -> "c1" [style=dashed];
                    "b2" -> "t";
                    "b1" -> "b2";
                }
                """);
    }

    @Test
    void textIsDrawnLikeGitLogGraphWithTheThreeParentMerge() {
        assertThat(GraphFormat.TEXT.render(MODEL)).isEqualTo("""
                * n (head) (current), message of n
                *-.   m, message of m
                |\\ \\
                * | | a3, message of a3
                * | | a2, message of a2
                | | * c1 (depends on b1), message of c1
                | | | * t (head), message of t
                |_|/ /
                * | | a1 (core), message of a1
                 / /
                |/
                * b2, message of b2
                * b1 (extras), message of b1
                """);
    }

    @Test
    void mermaidParsesBackIntoTheModelsNodesAndEdges() {
        assertThat(ParsedGraph.mermaid(GraphFormat.MERMAID.render(MODEL))).isEqualTo(ParsedGraph.of(MODEL));
    }

    @Test
    void dotParsesBackIntoTheModelsNodesAndEdges() {
        assertThat(ParsedGraph.dot(GraphFormat.DOT.render(MODEL))).isEqualTo(ParsedGraph.of(MODEL));
    }

    @Test
    void aMergeOfTwoWithALaneOnItsRightMakesRoomFirst() {
        RevisionGraph graph = RevisionGraph.of(List.of(plain("a"), plain("b", "a"), plain("c", "a"),
                plain("m", "b", "c"), plain("k", "m"), plain("d", "a")));
        // an order history does not give for this graph, but any children-first order must draw
        List<Revision> order = List.of("k", "d", "m", "b", "c", "a").stream().map(graph::get).toList();
        assertThat(GraphFormat.TEXT.render(GraphModel.of(graph, order, Set.of()))).isEqualTo("""
                * k (head), message of k
                | * d (head), message of d
                |  \\
                *   | m, message of m
                |\\  |
                * | | b, message of b
                | * | c, message of c
                | |/
                |/
                * a, message of a
                """);
    }

    @Test
    void linesWaitingForTheSameRevisionJoinTheirNearestNeighbour() {
        RevisionGraph graph = RevisionGraph.of(List.of(plain("a"), plain("b", "a"), plain("c", "a"),
                plain("d", "a"), plain("m", "b", "c")));
        assertThat(GraphFormat.TEXT.render(GraphModel.of(graph, Set.of()))).isEqualTo("""
                * d (head), message of d
                | *   m (head), message of m
                | |\\
                | * | b, message of b
                | | * c, message of c
                | |/
                |/
                * a, message of a
                """);
    }

    @Test
    void collapseFoldsRunsOfThreeOrMorePlainRevisionsOnly() {
        // a - b - c - d - e - f (head), b - g (head), h after g with a label; c..e is a plain run, b is a branch
        // point, a a base, f and g heads
        RevisionGraph graph = RevisionGraph.of(List.of(plain("a"), plain("b", "a"), plain("c", "b"),
                plain("d", "c"), plain("e", "d"), plain("f", "e"), plain("g", "b"), plain("x", "g"),
                revision("y", List.of("late"), List.of(), "x"), plain("z", "y")));
        GraphModel collapsed = GraphModel.of(graph, Set.of()).collapsed();

        assertThat(collapsed.nodes()).extracting(GraphNode::id).containsExactly("f", "c:e", "z", "y", "x", "g",
                "b", "a");
        assertThat(collapsed.node("c:e")).isEqualTo(new GraphNode("c:e", "", List.of(), false, false, false, false,
                List.of("c", "d", "e")));
        assertThat(collapsed.edges()).containsExactly(new GraphEdge("c:e", "f", Kind.PARENT),
                new GraphEdge("b", "c:e", Kind.PARENT), new GraphEdge("y", "z", Kind.PARENT),
                new GraphEdge("x", "y", Kind.PARENT), new GraphEdge("g", "x", Kind.PARENT),
                new GraphEdge("b", "g", Kind.PARENT), new GraphEdge("a", "b", Kind.PARENT));
        assertThat(GraphFormat.TEXT.render(collapsed)).isEqualTo("""
                * f (head), message of f
                * 3 revisions c...e
                | * z (head), message of z
                | * y (late), message of y
                | * x, message of x
                | * g, message of g
                |/
                * b, message of b
                * a, message of a
                """);
        assertThat(GraphFormat.MERMAID.render(collapsed)).contains("    r_c_3a_e[\"3 revisions c...e\"]\n",
                "    r_c_3a_e --> r_f\n", "    r_b --> r_c_3a_e\n", "    classDef run stroke-dasharray:5 3\n",
                "    class r_c_3a_e run\n");
        assertThat(GraphFormat.DOT.render(collapsed)).contains("    \"c:e\" [label=\"3 revisions c...e\", style=dashed];\n",
                "    \"b\" -> \"c:e\";\n");
    }

    @Test
    void currentOrDependsOnKeepsARevisionOutOfAFoldedRun() {
        RevisionGraph graph = RevisionGraph.of(List.of(plain("a"), plain("b", "a"), plain("c", "b"),
                plain("d", "c"), plain("e", "d"), revision("f", List.of(), List.of("c"), "e")));
        assertThat(GraphModel.of(graph, Set.of("d")).collapsed().nodes()).extracting(GraphNode::id)
                .containsExactly("f", "e", "d", "c", "b", "a");
        assertThat(GraphModel.of(graph, Set.of()).collapsed().nodes()).extracting(GraphNode::id)
                .containsExactly("f", "e", "d", "c", "b", "a");
        assertThat(GraphModel.of(RevisionGraph.of(List.of(plain("a"), plain("b", "a"), plain("c", "b"),
                plain("d", "c"), plain("e", "d"))), Set.of()).collapsed().nodes()).extracting(GraphNode::id)
                .containsExactly("e", "b:d", "a");
    }

    @Test
    void aRangeShowsItsRevisionsAndTheEdgesBetweenThem() {
        RevisionGraph graph = acceptance();
        GraphModel range = GraphModel.of(graph, graph.history("a2:n", Set.of()), Set.of());

        assertThat(range.nodes()).extracting(GraphNode::id).containsExactly("n", "m", "a3", "a2");
        assertThat(range.edges()).containsExactly(new GraphEdge("m", "n", Kind.PARENT),
                new GraphEdge("a3", "m", Kind.PARENT), new GraphEdge("a2", "a3", Kind.PARENT));
        assertThat(GraphFormat.TEXT.render(range)).isEqualTo("""
                * n (head), message of n
                * m, message of m
                * a3, message of a3
                * a2, message of a2
                """);
    }

    @Test
    void textFromTheRevisionFilesCannotBreakThePictures() {
        RevisionGraph graph = RevisionGraph.of(List.of(new Revision("a\"b", List.of(), List.of(), List.of(),
                "say \"hi\" #1; <b> & \u001b[31mred\\", null, "x.sql")));
        GraphModel model = GraphModel.of(graph, Set.of());
        assertThat(GraphFormat.MERMAID.render(model)).contains(
                "    r_a_22_b[\"a#34;b (head)<br/>say #34;hi#34; #35;1; #60;b#62; #38; \\x1B[31mred\\\"]\n");
        assertThat(GraphFormat.DOT.render(model)).contains(
                "    \"a\\\"b\" [label=\"a\\\"b (head)\\nsay \\\"hi\\\" #1; <b> & \\\\x1B[31mred\\\\\", penwidth=2];\n");
        assertThat(GraphFormat.TEXT.render(model)).isEqualTo("* a\"b (head), say \"hi\" #1; <b> & \\x1B[31mred\\\n");
        assertThat(ParsedGraph.mermaid(GraphFormat.MERMAID.render(model))).isEqualTo(ParsedGraph.of(model));
        assertThat(ParsedGraph.dot(GraphFormat.DOT.render(model))).isEqualTo(ParsedGraph.of(model));
    }

    @Test
    void longMessagesWrapAtFortyCharactersInTheBoxes() {
        RevisionGraph graph = RevisionGraph.of(List.of(new Revision("a", List.of(), List.of(), List.of(),
                "primary keys and timestamps as the entities map them, so init and upgrade build one schema", null,
                "a.sql")));
        assertThat(GraphFormat.MERMAID.render(GraphModel.of(graph, Set.of()))).contains("r_a[\"a (head)<br/>"
                + "primary keys and timestamps as the<br/>entities map them, so init and upgrade<br/>build one"
                + " schema\"]");
    }

    @Test
    void formatsByName() {
        assertThat(GraphFormat.of("Mermaid")).isEqualTo(GraphFormat.MERMAID);
        assertThatThrownBy(() -> GraphFormat.of("svg")).hasMessage("Unknown format 'svg'; use text, mermaid or dot");
    }

    /**
     * Nodes (by revision id, as the first word of a label), the heads and current revisions marked, and edges,
     * read back from the subset of Mermaid and DOT the renderers write.
     */
    record ParsedGraph(Set<String> nodes, Set<String> heads, Set<String> current, Set<GraphEdge> edges) {

        static ParsedGraph of(GraphModel model) {
            return new ParsedGraph(ids(model, n -> true), ids(model, GraphNode::head), ids(model, GraphNode::current),
                    new LinkedHashSet<>(model.edges()));
        }

        private static Set<String> ids(GraphModel model, java.util.function.Predicate<GraphNode> filter) {
            return model.nodes().stream().filter(filter).map(GraphNode::id).collect(Collectors.toSet());
        }

        private static final Pattern MERMAID_NODE = Pattern.compile("^    (\\w+)\\[\"([^\"]*)\"\\]$");
        private static final Pattern MERMAID_EDGE = Pattern.compile("^    (\\w+) (-->|-\\.->) (\\w+)$");
        private static final Pattern MERMAID_CLASS = Pattern.compile("^    class ([\\w,]+) (\\w+)$");
        private static final Pattern MERMAID_ENTITY = Pattern.compile("#(\\d+);");

        static ParsedGraph mermaid(String text) {
            List<String> lines = text.lines().toList();
            assertThat(lines.get(0)).isEqualTo("flowchart BT");
            Map<String, String> ids = new HashMap<>();
            Set<String> heads = new LinkedHashSet<>();
            Set<String> current = new LinkedHashSet<>();
            Set<GraphEdge> edges = new LinkedHashSet<>();
            for (String line : lines.subList(1, lines.size())) {
                Matcher node = MERMAID_NODE.matcher(line);
                Matcher edge = MERMAID_EDGE.matcher(line);
                Matcher marks = MERMAID_CLASS.matcher(line);
                if (node.matches()) {
                    String label = MERMAID_ENTITY.matcher(node.group(2).split("<br/>")[0])
                            .replaceAll(m -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1)))));
                    ids.put(node.group(1), label.split(" ")[0]);
                } else if (edge.matches()) {
                    edges.add(new GraphEdge(ids.get(edge.group(1)), ids.get(edge.group(3)),
                            edge.group(2).equals("-->") ? Kind.PARENT : Kind.DEPENDS_ON));
                } else if (marks.matches()) {
                    Set<String> into = marks.group(2).equals("head") ? heads : current;
                    for (String id : marks.group(1).split(",")) {
                        into.add(ids.get(id));
                    }
                } else {
                    assertThat(line).startsWith("    classDef ");
                }
            }
            return new ParsedGraph(Set.copyOf(ids.values()), heads, current, edges);
        }

        private static final String DOT_STRING = "\"((?:[^\"\\\\]|\\\\.)*)\"";
        private static final Pattern DOT_NODE = Pattern.compile("^    " + DOT_STRING + " \\[label=" + DOT_STRING
                + "(.*)\\];$");
        private static final Pattern DOT_EDGE = Pattern.compile("^    " + DOT_STRING + " -> " + DOT_STRING
                + "( \\[style=dashed\\])?;$");

        static ParsedGraph dot(String text) {
            List<String> lines = text.lines().toList();
            assertThat(lines.subList(0, 3)).containsExactly("digraph revisions {", "    rankdir=BT;",
                    "    node [shape=box];");
            assertThat(lines.get(lines.size() - 1)).isEqualTo("}");
            Set<String> nodes = new LinkedHashSet<>();
            Set<String> heads = new LinkedHashSet<>();
            Set<String> current = new LinkedHashSet<>();
            Set<GraphEdge> edges = new LinkedHashSet<>();
            for (String line : lines.subList(3, lines.size() - 1)) {
                Matcher node = DOT_NODE.matcher(line);
                Matcher edge = DOT_EDGE.matcher(line);
                if (node.matches()) {
                    String id = unquote(node.group(1));
                    assertThat(unquote(node.group(2)).lines().findFirst().orElseThrow().split(" ")[0]).isEqualTo(id);
                    nodes.add(id);
                    if (node.group(3).contains("penwidth=2")) {
                        heads.add(id);
                    }
                    if (node.group(3).contains("style=filled")) {
                        current.add(id);
                    }
                } else {
                    assertThat(edge.matches()).as(line).isTrue();
                    edges.add(new GraphEdge(unquote(edge.group(1)), unquote(edge.group(2)),
                            edge.group(3) == null ? Kind.PARENT : Kind.DEPENDS_ON));
                }
            }
            return new ParsedGraph(nodes, heads, current, edges);
        }

        /** A DOT string's text: {@code \\n} a line break, any other escaped character itself. */
        private static String unquote(String text) {
            return Pattern.compile("\\\\(.)").matcher(text)
                    .replaceAll(m -> Matcher.quoteReplacement(m.group(1).equals("n") ? "\n" : m.group(1)));
        }
    }
}

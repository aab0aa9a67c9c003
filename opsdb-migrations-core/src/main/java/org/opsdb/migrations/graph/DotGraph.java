package org.opsdb.migrations.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A {@link GraphModel} as Graphviz DOT ({@code dot -Tsvg}): a {@code digraph} with {@code rankdir=BT} (oldest at the
 * bottom), one box per node labelled {@code ID (labels) (head) (current)} and its message wrapped at
 * {@value NodeText#WRAP} characters, an edge from each parent to its child (a merge has one per parent) and a
 * {@code style=dashed} edge from a {@code depends_on} target to the revision naming it. Heads are drawn with
 * {@code penwidth=2}, the database's current revisions filled, folded runs with a dashed border.
 */
public final class DotGraph {

    private DotGraph() {
    }

    /** The DOT text, ending with a line break. */
    public static String render(GraphModel model) {
        StringBuilder text = new StringBuilder("digraph revisions {\n    rankdir=BT;\n    node [shape=box];\n");
        for (GraphNode node : model.nodes()) {
            List<String> attributes = new ArrayList<>();
            attributes.add("label=\"" + NodeText.lines(node).stream().map(DotGraph::escape)
                    .collect(Collectors.joining("\\n")) + "\"");
            if (node.head()) {
                attributes.add("penwidth=2");
            }
            if (node.current()) {
                attributes.add("style=filled, fillcolor=\"#d4f4dd\"");
            }
            if (node.isRun()) {
                attributes.add("style=dashed");
            }
            text.append("    ").append(quoted(node.id())).append(" [").append(String.join(", ", attributes))
                    .append("];\n");
        }
        for (GraphEdge edge : model.edges()) {
            text.append("    ").append(quoted(edge.from())).append(" -> ").append(quoted(edge.to()))
                    .append(edge.kind() == GraphEdge.Kind.PARENT ? "" : " [style=dashed]").append(";\n");
        }
        return text.append("}\n").toString();
    }

    private static String quoted(String id) {
        return "\"" + escape(PrintableText.of(id)) + "\"";
    }

    /** A backslash and a double quote escaped for a DOT string. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}

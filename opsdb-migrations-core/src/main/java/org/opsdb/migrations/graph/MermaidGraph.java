package org.opsdb.migrations.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A {@link GraphModel} as a Mermaid {@code flowchart BT} (oldest at the bottom): one box per node
 * ({@code r_ID["ID (labels) (head) (current)<br/>message"]}, the message wrapped at {@value NodeText#WRAP}
 * characters), {@code -->} from each parent to its child (a merge has one per parent), {@code -.->} (dashed) from a
 * {@code depends_on} target to the revision naming it, then {@code classDef}/{@code class} lines marking heads
 * ({@code head}), the database's current revisions ({@code current}) and folded runs ({@code run}). Mermaid's
 * {@code gitGraph} cannot draw a merge of three parents; a flowchart can.
 */
public final class MermaidGraph {

    /** The class definitions, by class name, in the order written. */
    private static final Map<String, String> CLASSES = new java.util.LinkedHashMap<>(Map.of(
            "head", "stroke-width:3px", "current", "fill:#d4f4dd,stroke:#2e7d32", "run", "stroke-dasharray:5 3"));

    private MermaidGraph() {
    }

    /** The flowchart, ending with a line break. */
    public static String render(GraphModel model) {
        StringBuilder text = new StringBuilder("flowchart BT\n");
        for (GraphNode node : model.nodes()) {
            text.append("    ").append(nodeId(node.id())).append("[\"").append(NodeText.lines(node).stream()
                    .map(MermaidGraph::escape).collect(Collectors.joining("<br/>"))).append("\"]\n");
        }
        for (GraphEdge edge : model.edges()) {
            text.append("    ").append(nodeId(edge.from()))
                    .append(edge.kind() == GraphEdge.Kind.PARENT ? " --> " : " -.-> ").append(nodeId(edge.to()))
                    .append('\n');
        }
        List<String> classLines = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        classLine("head", GraphNode::head, model, definitions, classLines);
        classLine("current", GraphNode::current, model, definitions, classLines);
        classLine("run", GraphNode::isRun, model, definitions, classLines);
        definitions.forEach(line -> text.append("    ").append(line).append('\n'));
        classLines.forEach(line -> text.append("    ").append(line).append('\n'));
        return text.toString();
    }

    /**
     * The flowchart id of a node: {@code r_} and the id with every character but ASCII letters and digits written
     * {@code _HEX_} (so no id is a Mermaid keyword or breaks its syntax, and different ids stay different).
     */
    public static String nodeId(String id) {
        StringBuilder text = new StringBuilder("r_");
        id.codePoints().forEach(c -> {
            if (c < 128 && Character.isLetterOrDigit(c)) {
                text.appendCodePoint(c);
            } else {
                text.append('_').append(Integer.toHexString(c)).append('_');
            }
        });
        return text.toString();
    }

    private static void classLine(String name, Predicate<GraphNode> member, GraphModel model,
            List<String> definitions, List<String> classLines) {
        List<String> ids = model.nodes().stream().filter(member).map(n -> nodeId(n.id())).toList();
        if (!ids.isEmpty()) {
            definitions.add("classDef " + name + " " + CLASSES.get(name));
            classLines.add("class " + String.join(",", ids) + " " + name);
        }
    }

    /** Characters that a label in double quotes cannot hold as they are, written as Mermaid's {@code #CODE;}. */
    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if ("\"#<>&".indexOf(c) >= 0) {
                escaped.append('#').append(c).append(';');
            } else {
                escaped.appendCodePoint(c);
            }
        });
        return escaped.toString();
    }
}

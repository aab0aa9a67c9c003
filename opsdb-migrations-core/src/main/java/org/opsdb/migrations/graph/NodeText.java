package org.opsdb.migrations.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * The words every picture writes for a node, made printable ({@link PrintableText}): its title in the console's
 * wording ({@code ID (label, …) (head) (current)}, as {@code heads}, {@code current} and {@code history} write
 * them) or {@code k revisions OLDEST...NEWEST} for a folded run, and its message.
 */
final class NodeText {

    /** Width at which the pictures' boxes wrap a message. */
    static final int WRAP = 40;

    private NodeText() {
    }

    /** {@code ID (labels) (head) (current)}, or {@code k revisions OLDEST...NEWEST}. */
    static String title(GraphNode node) {
        if (node.isRun()) {
            return node.folded().size() + " revisions " + node.folded().get(0) + "..."
                    + node.folded().get(node.folded().size() - 1);
        }
        return PrintableText.of(node.id() + (node.labels().isEmpty() ? "" : " (" + String.join(", ", node.labels())
                + ")") + (node.head() ? " (head)" : "") + (node.current() ? " (current)" : ""));
    }

    /** The printable message. */
    static String message(GraphNode node) {
        return PrintableText.of(node.message());
    }

    /** The title, then the message broken at spaces into lines of at most {@link #WRAP} characters where it can. */
    static List<String> lines(GraphNode node) {
        List<String> lines = new ArrayList<>(List.of(title(node)));
        String message = message(node);
        if (message.isEmpty()) {
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : message.split(" ", -1)) {
            if (line.length() > 0 && line.length() + 1 + word.length() > WRAP) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.append(line.length() > 0 ? " " : "").append(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}

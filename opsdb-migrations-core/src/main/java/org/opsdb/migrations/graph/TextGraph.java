package org.opsdb.migrations.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A {@link GraphModel} drawn for a terminal in the style of {@code git log --graph}, in plain ASCII: newest first,
 * one {@code *} line per node ({@code * ID (labels) (head) (current), message}, a folded run as
 * {@code * k revisions OLDEST...NEWEST}, a {@code depends_on} as {@code (depends on ID, …)} before the message),
 * {@code |} for a line of descent passing by, {@code /} where two lines join (a branch point, or lines moving left),
 * {@code \} where a merge opens a line for each further parent ({@code *-.} then {@code |\ \} for three parents,
 * as git draws an octopus merge) or lines move right to make room, {@code _} where a line joins one further left.
 *
 * <p>Each column ("lane") waits for one revision: the parent of the last node drawn in it. A node is drawn in the
 * first lane waiting for it, or in a new lane on the right (a head); other lanes waiting for it join it first, each
 * the nearest one on its left.
 * Its first parent takes over its lane, further parents get new lanes just right of it.
 */
public final class TextGraph {

    private final GraphModel model;
    private final List<String> lanes = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    private TextGraph(GraphModel model) {
        this.model = model;
    }

    /** The drawing, one line per row, ending with a line break (empty for an empty model). */
    public static String render(GraphModel model) {
        TextGraph graph = new TextGraph(model);
        model.nodes().forEach(graph::draw);
        return graph.text.toString();
    }

    private void draw(GraphNode node) {
        List<String> parents = model.parents(node.id());
        List<Integer> waiting = new ArrayList<>();
        for (int i = 0; i < lanes.size(); i++) {
            if (node.id().equals(lanes.get(i))) {
                waiting.add(i);
            }
        }
        if (waiting.isEmpty()) {
            lanes.add(node.id());
            waiting.add(lanes.size() - 1);
        }
        int lane = waiting.get(0);
        for (int i = waiting.size() - 1; i > 0; i--) {
            join(waiting.get(i), waiting.get(i - 1));
        }
        int extra = parents.size() - 1;
        if (extra > 0 && lane < lanes.size() - 1) {
            for (int i = 0; i < extra; i++) {
                makeRoom(lane);
            }
        }
        nodeLine(node, lane, Math.max(lanes.size(), lane + 1 + extra));
        if (parents.isEmpty()) {
            lanes.remove(lane);
            if (lane < lanes.size()) {
                char[] row = row(lanes.size() + 1);
                for (int i = 0; i < lanes.size(); i++) {
                    row[i < lane ? 2 * i : 2 * i + 1] = i < lane ? '|' : '/';
                }
                emit(row, "");
            }
            return;
        }
        lanes.set(lane, parents.get(0));
        for (int i = 1; i <= extra; i++) {
            if (lane + i < lanes.size() && lanes.get(lane + i) == null) {
                lanes.set(lane + i, parents.get(i));
            } else {
                lanes.add(lane + i, parents.get(i));
            }
        }
        if (extra > 0) {
            char[] row = verticals();
            for (int i = 1; i <= extra; i++) {
                row[2 * (lane + i)] = ' ';
                row[2 * lane + 2 * i - 1] = '\\';
            }
            emit(row, "");
        }
    }

    /** The node's line: lanes, its {@code *} (with git's {@code -.} spread for more than two parents), its text. */
    private void nodeLine(GraphNode node, int lane, int width) {
        char[] row = Arrays.copyOf(verticals(), Math.max(lanes.size(), width) * 2 - 1);
        Arrays.fill(row, lanes.size() * 2 - 1, row.length, ' ');
        row[2 * lane] = '*';
        int spread = 2 * (model.parents(node.id()).size() - 2);
        for (int i = 1; i <= spread; i++) {
            row[2 * lane + i] = i == spread ? '.' : '-';
        }
        List<String> dependencies = model.edges().stream()
                .filter(e -> e.kind() == GraphEdge.Kind.DEPENDS_ON && e.to().equals(node.id()))
                .map(e -> PrintableText.of(e.from())).toList();
        String message = NodeText.message(node);
        emit(row, NodeText.title(node) + (dependencies.isEmpty() ? "" : " (depends on "
                + String.join(", ", dependencies) + ")") + (node.isRun() ? "" : ", " + message));
    }

    /** One row joining lane {@code from} into lane {@code into} (further left); lanes right of it move left. */
    private void join(int from, int into) {
        char[] row = verticals();
        row[2 * from] = ' ';
        for (int i = 2 * into + 1; i < 2 * from - 1; i += 2) {
            row[i] = '_';
        }
        row[2 * from - 1] = '/';
        for (int i = from + 1; i < lanes.size(); i++) {
            row[2 * i] = ' ';
            row[2 * i - 1] = '/';
        }
        emit(row, "");
        lanes.remove(from);
    }

    /** One row moving every lane right of {@code lane} one column right, leaving an empty lane beside it. */
    private void makeRoom(int lane) {
        char[] row = Arrays.copyOf(verticals(), lanes.size() * 2);
        for (int i = lane + 1; i < lanes.size(); i++) {
            row[2 * i] = ' ';
            row[2 * i + 1] = lanes.get(i) == null ? ' ' : '\\';
        }
        emit(row, "");
        lanes.add(lane + 1, null);
    }

    /** A row with {@code |} in every lane that waits for a revision. */
    private char[] verticals() {
        char[] row = row(lanes.size());
        for (int i = 0; i < lanes.size(); i++) {
            row[2 * i] = lanes.get(i) == null ? ' ' : '|';
        }
        return row;
    }

    private static char[] row(int lanes) {
        char[] row = new char[Math.max(lanes * 2 - 1, 0)];
        Arrays.fill(row, ' ');
        return row;
    }

    private void emit(char[] row, String words) {
        String line = (new String(row) + (words.isEmpty() ? "" : " " + words)).stripTrailing();
        text.append(line).append('\n');
    }
}

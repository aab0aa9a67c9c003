package org.opsdb.migrations.revision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Orders a set of revisions newest first, the way Alembic's {@code RevisionMap._topological_sort} does, so that
 * plans and history listings come out in the order an Alembic user knows.
 *
 * <p>The walk starts at the given tips, in input order, and follows one line of descent at a time: it emits the
 * current revision, then moves to its first down revision (then its normalized dependencies). When it reaches a
 * revision that another pending line still leads to (a branch point or a shared dependency), it switches to that
 * line first, so every branch is finished down to its branch point before the walk continues below it. The other
 * arms of a merge are queued behind the current line, in {@code down_revision} order. Children therefore always
 * come before their parents; an upgrade plan is this order reversed.
 */
final class TopologicalOrder {

    private TopologicalOrder() {
    }

    /**
     * @param graph    the graph
     * @param todo     the revisions to order
     * @param tips     where the walk starts: revisions of {@code todo} that nothing in {@code todo} follows, or a
     *                 superset (tips outside {@code todo} are ignored)
     * @return the ids of {@code todo}, children before parents
     */
    static List<String> newestFirst(GraphStructure graph, Collection<String> todo, Collection<String> tips) {
        Set<String> pending = new HashSet<>(todo);
        List<String> lines = new ArrayList<>(graph.sorted(tips.stream().filter(pending::contains).toList()));
        List<Set<String>> reach = new ArrayList<>();
        lines.forEach(line -> reach.add(graph.ancestors(List.of(line), true)));
        List<String> output = new ArrayList<>();
        int current = 0;
        while (!lines.isEmpty()) {
            String candidate = lines.get(current);
            int blocker = blockingLine(reach, current, candidate);
            if (blocker >= 0) {
                current = blocker;
                continue;
            }
            if (pending.remove(candidate)) {
                output.add(candidate);
            }
            List<String> next = graph.normalizedDown(candidate).stream()
                    .filter(id -> pending.contains(id) && !lines.contains(id)).toList();
            if (next.isEmpty()) {
                lines.remove(current);
                reach.remove(current);
                current = Math.max(current - 1, 0);
            } else {
                lines.set(current, next.get(0));
                reach.set(current, graph.ancestors(List.of(next.get(0)), true));
                for (String other : next.subList(1, next.size())) {
                    lines.add(other);
                    reach.add(graph.ancestors(List.of(other), true));
                }
            }
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException("revisions not reachable from " + tips + ": " + pending);
        }
        return output;
    }

    /** The first other line that still leads to {@code candidate}, or -1. */
    private static int blockingLine(List<Set<String>> reach, int current, String candidate) {
        for (int i = 0; i < reach.size(); i++) {
            if (i != current && reach.get(i).contains(candidate)) {
                return i;
            }
        }
        return -1;
    }
}

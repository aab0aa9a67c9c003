package org.opsdb.migrations.graph;

import java.util.List;
import java.util.Objects;

/**
 * A node of the picture: one revision, or a run of plain revisions folded into one ({@link #folded()} not empty).
 *
 * @param id      the revision id; for a folded run {@code OLDEST:NEWEST}, the range that {@code graph -r} expands
 * @param message the revision's message (empty for a run)
 * @param labels  the revision's branch labels
 * @param head    whether no revision names it as a down revision (what {@code heads} lists)
 * @param base    whether it has no down revision
 * @param merge   whether it has several down revisions
 * @param current whether the database's version table holds it
 * @param folded  for a folded run, the ids it stands for, oldest first; otherwise empty
 */
public record GraphNode(String id, String message, List<String> labels, boolean head, boolean base, boolean merge,
                        boolean current, List<String> folded) {

    /** Checks and copies the parts. */
    public GraphNode {
        Objects.requireNonNull(id, "id");
        message = message == null ? "" : message;
        labels = List.copyOf(labels);
        folded = List.copyOf(folded);
    }

    /** Whether this node stands for a folded run of revisions. */
    public boolean isRun() {
        return !folded.isEmpty();
    }
}

package org.opsdb.migrations.locktrace;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The observed locks of the traced revisions: one {@link RevisionTrace} per revision, in the order they ran, the
 * reports as text and Markdown, and the findings of the lock check.
 *
 * @param revisions the traced revisions
 */
public record LockTrace(List<RevisionTrace> revisions) {

    /** The rule id of the check, {@value LockCheck#RULE}. */
    public static final String RULE = LockCheck.RULE;

    /** Copies the list. */
    public LockTrace {
        revisions = List.copyOf(revisions);
    }

    /** The findings of every revision, one line each ({@link LockFinding#toString()}). */
    public List<LockFinding> findings() {
        return revisions.stream().flatMap(r -> r.findings().stream()).toList();
    }

    /** The reports as plain text, one table per revision, separated by a blank line. */
    public String text() {
        return revisions.stream().map(RevisionTrace::text).collect(Collectors.joining("\n"));
    }

    /** The reports as Markdown. */
    public String markdown() {
        return revisions.stream().map(RevisionTrace::markdown).collect(Collectors.joining("\n"));
    }
}

package org.opsdb.migrations.lint;

/** How bad a {@link LintFinding} is: a hazard to review ({@link #WARNING}) or a revision that cannot work ({@link #ERROR}). */
public enum Severity {
    /** A lock hazard: the revision works but blocks other sessions, or needs a reason to be allowed. */
    WARNING,
    /** The revision fails on PostgreSQL as written, or an allow is malformed. */
    ERROR
}

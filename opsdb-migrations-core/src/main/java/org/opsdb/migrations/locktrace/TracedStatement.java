package org.opsdb.migrations.locktrace;

import java.util.List;
import java.util.Map;

/**
 * One statement of a traced revision, with what it did to the tables that existed before the revision.
 *
 * @param file       the script (a SQL file as the revision names it; for a Java migration its source file, else
 *                   its class)
 * @param line       the 1-based line the statement starts on (a Java migration: the line of its {@code op.} call);
 *                   0 when unknown
 * @param position   the statement's 1-based position among those the revision ran
 * @param sql        the statement
 * @param autocommit whether it ran in auto-commit, in an outside-transaction block
 * @param polled     whether its locks were read by polling {@code pg_locks} while it ran (a statement PostgreSQL runs
 *                   only outside a transaction block) rather than read exactly after it, inside its transaction
 * @param millis     how long it ran
 * @param tables     the pre-existing tables it locked, or still held locked, rewrote or read, in name order
 * @param allows     the rules an allow with a reason silences for it ({@code -- lint: allow rule-id: reason} above it, or the
 *                   Java migration's {@code @LintAllow}), with the reasons
 */
public record TracedStatement(String file, int line, int position, String sql, boolean autocommit, boolean polled,
                              long millis, List<TableLock> tables, Map<String, String> allows) {

    /** Copies the lists. */
    public TracedStatement {
        tables = List.copyOf(tables);
        allows = Map.copyOf(allows);
    }

    /** {@code FILE:LINE}, or {@code FILE} with the statement's position when the line is unknown. */
    public String where() {
        return line > 0 ? file + ":" + line : file + " (statement " + position + ")";
    }

    /** The line, else {@code #position}, as the report's first column shows it. */
    String lineColumn() {
        return line > 0 ? String.valueOf(line) : "#" + position;
    }
}

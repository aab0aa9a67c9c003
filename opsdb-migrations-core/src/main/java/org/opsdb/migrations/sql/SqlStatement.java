package org.opsdb.migrations.sql;

import java.util.Objects;

/**
 * One statement of an SQL script: its text (trimmed, without the terminating semicolon or trailing comments)
 * and the 1-based line on which it starts.
 *
 * @param sql  the statement text
 * @param line the 1-based line of its first character in the script
 */
public record SqlStatement(String sql, int line) {

    /** Validates the parts. */
    public SqlStatement {
        Objects.requireNonNull(sql, "sql");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1-based: " + line);
        }
    }
}

package org.opsdb.migrations.script;

import java.util.List;

/**
 * Splits a block of SQL into statements, each without its trailing semicolon. The SQL script loader takes one so
 * the real PostgreSQL-aware splitter ({@code org.opsdb.migrations.sql.SqlStatementSplitter}) can be wired in.
 */
@FunctionalInterface
public interface StatementSplitter {

    /** The statements of {@code sql}, in order; comment-only and blank parts are dropped. */
    List<String> split(String sql);
}

package org.opsdb.migrations.autogenerate;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Work done only to ask PostgreSQL something (how it spells a model's objects, what a check means), in a
 * transaction that is always rolled back, so nothing of it stays; the connection's auto-commit is restored.
 */
final class RolledBack {

    private RolledBack() {
    }

    /** Work on a statement of the connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Statement statement) throws SQLException;
    }

    /** A new name for a scratch schema, unique enough to be replaced as text. */
    static String scratchSchemaName() {
        return "opsdb_autogen_" + DatabaseDiff.newRevisionId();
    }

    /** Runs {@code work} in a transaction, then rolls it back. */
    static <T> T run(Connection connection, Work<T> work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            return work.run(statement);
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }
}

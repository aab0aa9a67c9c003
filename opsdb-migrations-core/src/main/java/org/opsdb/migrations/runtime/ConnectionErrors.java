package org.opsdb.migrations.runtime;

import java.sql.SQLException;

/** Turns JDBC connection failures into one-line messages that never include a password. */
final class ConnectionErrors {

    private ConnectionErrors() {
    }

    /**
     * Whether the error means the session is gone: a connection failure (SQLSTATE class 08) or the server ending
     * the session (57P01 admin shutdown, e.g. {@code pg_terminate_backend}; 57P02 crash shutdown; 57P03 cannot
     * connect now).
     */
    static boolean isConnectionLost(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return state.startsWith("08") || state.startsWith("57P0");
    }

    static String describe(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = PlanExecutor.firstLine(e.getMessage());
        if (state.startsWith("08")) {
            return "Cannot connect to the database: " + message;
        }
        if ("28P01".equals(state) || "28000".equals(state)) {
            return "Database refused the login: " + message;
        }
        if ("3D000".equals(state)) {
            return "Database does not exist: " + message;
        }
        return "Database error: " + message;
    }
}

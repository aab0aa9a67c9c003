package org.opsdb.migrations.runtime;

import java.sql.SQLException;

/** A statement failed on the database; carries the statement so the error can name it. */
final class StatementFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String statement;
    private final String cleanup;

    StatementFailure(String statement, SQLException cause) {
        this(statement, cause, null);
    }

    /** A failure after which the runtime cleaned up, as {@code cleanup} says (e.g. an invalid index dropped). */
    StatementFailure(String statement, SQLException cause, String cleanup) {
        super(cause.getMessage(), cause);
        this.statement = statement;
        this.cleanup = cleanup;
    }

    String statement() {
        return statement;
    }

    /** What the runtime did after the failure, for the error line; {@code null} when nothing. */
    String cleanup() {
        return cleanup;
    }

    SQLException sqlException() {
        return (SQLException) getCause();
    }
}

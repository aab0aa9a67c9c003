package org.opsdb.migrations.runtime;

import java.sql.SQLException;

/** A statement failed on the database; carries the statement so the error can name it. */
final class StatementFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String statement;

    StatementFailure(String statement, SQLException cause) {
        super(cause.getMessage(), cause);
        this.statement = statement;
    }

    String statement() {
        return statement;
    }

    SQLException sqlException() {
        return (SQLException) getCause();
    }
}

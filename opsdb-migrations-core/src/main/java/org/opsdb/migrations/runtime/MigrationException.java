package org.opsdb.migrations.runtime;

/**
 * A command failed. The message is one line that names the revision, file, statement or object at fault;
 * the database has been left as it was before the failing revision.
 */
public class MigrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates an exception with a one-line message. */
    public MigrationException(String message) {
        super(message);
    }

    /** Creates an exception with a one-line message and its cause. */
    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.opsdb.migrations.test;

/**
 * A migration check failed. The message is one line naming the revision (id and file or class) at fault and,
 * where there is one, the difference found.
 */
public class MigrationCheckFailure extends AssertionError {

    private static final long serialVersionUID = 1L;

    /** A failure with a one-line message. */
    public MigrationCheckFailure(String message) {
        super(message);
    }

    /** A failure with a one-line message and the error behind it. */
    public MigrationCheckFailure(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.opsdb.migrations.embedded;

/** The embedded server could not be started or used; the message is one line naming the port or directory at fault. */
public class EmbeddedPostgresException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An error with a one-line message. */
    public EmbeddedPostgresException(String message) {
        super(message);
    }

    /** An error with a one-line message and its cause. */
    public EmbeddedPostgresException(String message, Throwable cause) {
        super(message, cause);
    }
}

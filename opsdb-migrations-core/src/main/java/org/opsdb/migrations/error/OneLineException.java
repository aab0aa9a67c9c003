package org.opsdb.migrations.error;

/**
 * The root of the exceptions whose message is one line naming the file, line, revision, setting or command at
 * fault (a revision graph error, a script that cannot be read, a migration that fails, a console usage error): the
 * console prints such a message as it is, on one line, and anything else with its type before it.
 */
public class OneLineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates an exception with a one-line message. */
    public OneLineException(String message) {
        super(message);
    }

    /** Creates an exception with a one-line message and its cause. */
    public OneLineException(String message, Throwable cause) {
        super(message, cause);
    }
}

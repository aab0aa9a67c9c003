package org.opsdb.migrations.locktrace;

import org.opsdb.migrations.error.OneLineException;

/** The lock trace could not run: a database that is not empty, a lock or counter that could not be read. */
public final class LockTraceException extends OneLineException {

    private static final long serialVersionUID = 1L;

    /** Creates an exception with a one-line message. */
    public LockTraceException(String message) {
        super(message);
    }

    /** Creates an exception with a one-line message and its cause. */
    public LockTraceException(String message, Throwable cause) {
        super(message, cause);
    }
}

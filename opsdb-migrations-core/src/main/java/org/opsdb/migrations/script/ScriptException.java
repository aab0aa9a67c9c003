package org.opsdb.migrations.script;

import org.opsdb.migrations.error.OneLineException;

/** A migration script that cannot be read or loaded. The message is one line naming the file (and line) or class. */
public class ScriptException extends OneLineException {

    private static final long serialVersionUID = 1L;

    /** Creates an exception with a one-line message. */
    public ScriptException(String message) {
        super(message);
    }

    /** Creates an exception with a one-line message and its cause. */
    public ScriptException(String message, Throwable cause) {
        super(message, cause);
    }
}

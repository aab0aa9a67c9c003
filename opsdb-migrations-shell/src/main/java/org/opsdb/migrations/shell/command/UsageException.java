package org.opsdb.migrations.shell.command;

import org.opsdb.migrations.error.OneLineException;

/** A command was called wrongly (e.g. a required revision is missing). The message is one line. */
public class UsageException extends OneLineException {

    private static final long serialVersionUID = 1L;

    /** Creates an exception with a one-line message. */
    public UsageException(String message) {
        super(message);
    }
}

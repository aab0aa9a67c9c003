package org.opsdb.migrations.revision;

import org.opsdb.migrations.error.OneLineException;

/**
 * A problem with the revision graph or with a revision identifier. The message is one line that names the
 * revisions involved and, where known, the files or classes that define them.
 */
public class RevisionException extends OneLineException {

    private static final long serialVersionUID = 1L;

    /** Creates an exception with a one-line message. */
    public RevisionException(String message) {
        super(message);
    }
}

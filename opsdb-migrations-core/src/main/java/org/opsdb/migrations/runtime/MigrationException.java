package org.opsdb.migrations.runtime;

import java.util.List;
import org.opsdb.migrations.error.OneLineException;

/**
 * A command failed. The message is one line that names the revision, file, statement or object at fault;
 * the database has been left as it was before the failing revision.
 */
public class MigrationException extends OneLineException {

    private static final long serialVersionUID = 1L;

    private final transient List<AppliedStep> committed;

    /** Creates an exception with a one-line message. */
    public MigrationException(String message) {
        this(message, null, List.of());
    }

    /** Creates an exception with a one-line message and its cause. */
    public MigrationException(String message, Throwable cause) {
        this(message, cause, List.of());
    }

    /**
     * Creates an exception for a run that failed after some of its steps had committed.
     *
     * @param committed the steps that committed before the failure, in order
     */
    public MigrationException(String message, Throwable cause, List<AppliedStep> committed) {
        super(message, cause);
        this.committed = List.copyOf(committed);
    }

    /**
     * The steps of the failed run that committed before the failure, in order: the database keeps them. Empty when
     * none did (always in single-transaction mode, where the whole run is rolled back).
     */
    public List<AppliedStep> committed() {
        return committed == null ? List.of() : committed;
    }
}

package org.opsdb.migrations.autoconfigure.guard;

import org.opsdb.migrations.runtime.MigrationException;

/** A destructive command was refused because a production profile is active; the message is one line. */
public class ProductionProfileException extends MigrationException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public ProductionProfileException(String message) {
        super(message);
    }
}

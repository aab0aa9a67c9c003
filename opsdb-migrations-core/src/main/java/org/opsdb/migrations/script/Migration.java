package org.opsdb.migrations.script;

import org.opsdb.migrations.operations.Operations;

/**
 * A migration written in Java. Implementations are annotated with {@link MigrationRevision} and have a public
 * no-argument constructor; both methods receive the operations API that renders PostgreSQL DDL.
 */
public interface Migration {

    /** Moves the schema forward by this revision. */
    void upgrade(Operations op);

    /** Undoes {@link #upgrade}. The default refuses: a revision without a downgrade cannot be downgraded. */
    default void downgrade(Operations op) {
        throw new UnsupportedOperationException("no downgrade");
    }
}

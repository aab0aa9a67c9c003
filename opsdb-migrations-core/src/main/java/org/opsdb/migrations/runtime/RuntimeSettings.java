package org.opsdb.migrations.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the runtime works: its tables, transactions, lock and checks.
 *
 * @param versionTable      the Alembic-compatible version table
 * @param historyTable      the history table beside it
 * @param transactionMode   one transaction per revision, or one for the run
 * @param lockTimeout       how long to wait for another migrator's advisory lock
 * @param statementLocks    how long a statement waits for a table lock, and how often a timed-out revision is retried
 * @param validateChecksums whether an applied SQL script that was edited since is an error
 * @param listeners         listeners told about every online step
 * @param lockKey           what the advisory lock's key is derived from
 */
public record RuntimeSettings(VersionTable versionTable, HistoryTable historyTable, TransactionMode transactionMode,
                              Duration lockTimeout, StatementLockPolicy statementLocks, boolean validateChecksums,
                              List<MigrationListener> listeners, AdvisoryLock.Key lockKey) {

    /** Copies the listener list. */
    public RuntimeSettings {
        listeners = List.copyOf(listeners);
        Objects.requireNonNull(lockKey, "lockKey");
    }

    /** Settings whose lock is keyed by the version table's name alone ({@link AdvisoryLock.Key#TABLE_NAME}). */
    public RuntimeSettings(VersionTable versionTable, HistoryTable historyTable, TransactionMode transactionMode,
                           Duration lockTimeout, StatementLockPolicy statementLocks, boolean validateChecksums,
                           List<MigrationListener> listeners) {
        this(versionTable, historyTable, transactionMode, lockTimeout, statementLocks, validateChecksums, listeners,
                AdvisoryLock.Key.TABLE_NAME);
    }

    /** The version and history tables, to {@linkplain OwnTables#resolve resolve} on a connection. */
    public OwnTables ownTables() {
        return new OwnTables(versionTable, historyTable);
    }
}

package org.opsdb.migrations.runtime;

import org.opsdb.migrations.operations.SqlSink;

/**
 * A {@link SqlSink} that also brackets transactions, so one plan executor serves online runs (JDBC) and
 * offline runs (SQL text) alike.
 */
interface TransactionalSink extends SqlSink {

    /** Starts a transaction. */
    void begin();

    /** Commits the current transaction. */
    void commit();

    /** Rolls the current transaction back (online only; offline output never fails). */
    void rollback();

    /** Notes what comes next: a log line online, a SQL comment offline. */
    void comment(String text);

    /**
     * Whether part of the current transaction's work was committed before its end, by an outside-transaction block
     * since the last {@link #begin()}: a rollback cannot undo it, so the transaction cannot be tried again.
     */
    default boolean committedEarly() {
        return false;
    }

    /**
     * Puts back the session settings the run started with (online: what a revision's {@code SET lock_timeout},
     * {@code SET search_path}, {@code SET ROLE} … changed), so that the version table, the history and the next
     * revision see the runtime's own settings; offline there is no session, and nothing to do.
     */
    default void restoreSession() {
    }

    /** The statement most recently sent, for error messages. */
    String lastStatement();
}

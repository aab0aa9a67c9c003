package org.opsdb.migrations.operations;

import java.sql.Connection;
import java.util.Optional;

/**
 * Where rendered SQL goes: executed on a connection (online) or collected as text (offline).
 * {@link Operations} implementations write every statement here, one statement per call.
 */
public interface SqlSink {

    /** Executes (or records) one SQL statement, without a trailing semicolon. */
    void execute(String sql);

    /**
     * Runs {@code block} outside the surrounding transaction: online the current transaction is committed,
     * the block runs in autocommit mode, and a new transaction starts afterwards.
     */
    void outsideTransaction(Runnable block);

    /** The live connection, for data migrations that must read; empty when rendering offline. */
    Optional<Connection> connection();
}

package org.opsdb.migrations.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.opsdb.migrations.sql.SqlStatement;
import org.opsdb.migrations.sql.TransactionControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes statements on a live connection whose auto-commit is off (on inside an outside-transaction block); a
 * failed {@code CREATE INDEX CONCURRENTLY} has its INVALID index dropped ({@link InvalidIndexes}).
 */
final class JdbcSink implements TransactionalSink {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcSink.class);

    private final Connection connection;
    private String lastStatement = "";
    private boolean committedEarly;
    /** The session settings before the first revision: the runtime's own ({@code lock_timeout}, …) included. */
    private SessionSettings runSettings;

    JdbcSink(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void execute(String sql) {
        lastStatement = sql;
        LOG.debug("{}", sql);
        Optional<InvalidIndexes> invalid = Optional.empty();
        try (Statement st = connection.createStatement()) {
            refuseTransactionControl(sql);
            invalid = InvalidIndexes.before(connection, sql);
            st.execute(sql);
        } catch (SQLException e) {
            throw new StatementFailure(sql, e, invalid.flatMap(leftovers -> leftovers.dropLeftovers(connection))
                    .orElse(null));
        }
    }

    /**
     * Inside the revision's transaction, a {@code COMMIT} (or any transaction control statement) from a Java
     * migration would commit part of the revision without its version row; SQL scripts are refused at load for
     * the same reason ({@link TransactionControl}). Outside a transaction it is the author's business.
     */
    private void refuseTransactionControl(String sql) throws SQLException {
        SqlStatement control = connection.getAutoCommit() ? null : TransactionControl.first(sql);
        if (control != null) {
            String command = TransactionControl.command(control.sql());
            throw new SQLException(command + " inside the revision's transaction would commit part of it without its"
                    + " version row; remove it, or run the statements that need it in op.outsideTransaction(...)",
                    "25000");
        }
    }

    /**
     * Commits, runs the block in auto-commit mode without {@code lock_timeout} (a statement there that timed out
     * could be neither rolled back nor tried again: {@code CREATE INDEX CONCURRENTLY} would leave an invalid index),
     * then restores both.
     */
    @Override
    public void outsideTransaction(Runnable block) {
        committedEarly = true;
        try {
            connection.commit();
            connection.setAutoCommit(true);
            String lockTimeout = StatementLockPolicy.swapLockTimeout(connection, "0");
            try {
                block.run();
            } catch (RuntimeException e) {
                try {
                    leaveAutoCommit(lockTimeout);
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
            leaveAutoCommit(lockTimeout);
        } catch (SQLException e) {
            throw new StatementFailure(lastStatement, e);
        }
    }

    private void leaveAutoCommit(String lockTimeout) throws SQLException {
        StatementLockPolicy.swapLockTimeout(connection, lockTimeout);
        connection.setAutoCommit(false);
    }

    @Override
    public boolean committedEarly() {
        return committedEarly;
    }

    @Override
    public Optional<Connection> connection() {
        return Optional.of(connection);
    }

    @Override
    public void begin() {
        // auto-commit is off: the next statement opens the transaction
        committedEarly = false;
        if (runSettings == null) {
            try {
                runSettings = SessionSettings.read(connection);
            } catch (SQLException e) {
                throw new StatementFailure(SessionSettings.READ, e);
            }
        }
    }

    /**
     * Undoes what the revision {@code SET} on the session ({@link SessionSettings}), inside its transaction: a
     * {@code SET lock_timeout = 0} or {@code SET search_path} in one revision holds until that revision's end,
     * never into the version-table statements or the next revision.
     */
    @Override
    public void restoreSession() {
        if (runSettings == null) {
            return;
        }
        try {
            List<String> restored = runSettings.restore(connection);
            if (!restored.isEmpty()) {
                LOG.debug("Restored the session settings {} after the revision", restored);
            }
        } catch (SQLException e) {
            throw new StatementFailure(SessionSettings.READ, e);
        }
    }

    @Override
    public void commit() {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new StatementFailure("COMMIT", e);
        }
    }

    /**
     * Rolls back, which undoes the transaction's {@code SET}s; then undoes those an outside-transaction block
     * committed, so that a retry, the failure's history row and the next command start from the run's settings.
     */
    @Override
    public void rollback() {
        try {
            connection.rollback();
            if (runSettings != null) {
                runSettings.restore(connection);
                if (!connection.getAutoCommit()) {
                    connection.commit(); // no transaction left open (idle) while a retry waits
                }
            }
        } catch (SQLException | StatementFailure e) {
            LOG.warn("Rollback failed: {}", e.getMessage());
        }
    }

    @Override
    public void comment(String text) {
        LOG.info("{}", text);
    }

    @Override
    public String lastStatement() {
        return lastStatement;
    }
}

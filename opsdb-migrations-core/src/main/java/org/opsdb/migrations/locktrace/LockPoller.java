package org.opsdb.migrations.locktrace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.opsdb.migrations.operations.Identifiers;

/**
 * Observes, from a connection of its own, the table locks of a statement that PostgreSQL runs only outside a
 * transaction block ({@code CREATE INDEX CONCURRENTLY}, {@code DROP INDEX CONCURRENTLY}, {@code REINDEX
 * CONCURRENTLY}, …): such a statement releases its locks when it ends, so they cannot be read after it, and polling
 * alone misses them on a busy machine (such a statement on a few thousand rows takes milliseconds). So before the
 * statement starts, this connection opens a transaction holding ROW EXCLUSIVE (what every writer holds) on the
 * pre-existing tables: a statement that needs a lock blocking writers waits for it (its request shows in
 * {@code pg_locks}, not granted), and a concurrent index build or drop, which waits for the writers of its table
 * while holding its own lock, waits for this transaction. A thread reads {@code pg_locks} for the statement's backend
 * until it waits (then every lock it holds and asks for is read, and the transaction ends, letting it go on) and
 * again while it runs, keeping the strongest mode seen on each table. A statement that never waits (plain
 * {@code VACUUM}) is observed by the polling alone, which can miss a lock held for less than one reading.
 */
final class LockPoller implements AutoCloseable {

    private static final String LOCKS = "SELECT locktype, relation::bigint, mode, granted FROM pg_locks WHERE pid = ?";

    private final Map<Long, LockMode> seen = new ConcurrentHashMap<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicReference<SQLException> failure = new AtomicReference<>();
    private final CountDownLatch gateClosed = new CountDownLatch(1);
    private final Thread thread;

    /**
     * Holds ROW EXCLUSIVE on {@code tables} through {@code connection} (in auto-commit) and starts reading the locks
     * of backend {@code pid} on them.
     */
    LockPoller(Connection connection, int pid, Map<Long, Relation> tables) {
        thread = new Thread(() -> observe(connection, pid, tables), "opsdb-lock-poller");
        thread.setDaemon(true);
        thread.start();
        try {
            gateClosed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void observe(Connection connection, int pid, Map<Long, Relation> tables) {
        boolean gate = false;
        try {
            // tables and partitioned tables (their partitions with them); a materialized view cannot be locked
            String lockable = tables.values().stream().filter(Relation::fillable)
                    .map(r -> Identifiers.quote(r.name())).collect(Collectors.joining(", "));
            if (!lockable.isEmpty()) {
                connection.setAutoCommit(false);
                gate = true;
                try (Statement lock = connection.createStatement()) {
                    lock.execute("LOCK TABLE " + lockable + " IN ROW EXCLUSIVE MODE");
                }
            }
            gateClosed.countDown();
            try (PreparedStatement ps = connection.prepareStatement(LOCKS)) {
                ps.setInt(1, pid);
                while (!stop.get()) {
                    if (read(ps, tables.keySet()) && gate) {
                        // the statement waits: all its locks are read; let it go on, and poll in auto-commit (an open
                        // transaction here would hold back a concurrent index build's wait for older snapshots)
                        connection.commit();
                        connection.setAutoCommit(true);
                        gate = false;
                    }
                }
            }
        } catch (SQLException e) {
            failure.set(e);
        } finally {
            gateClosed.countDown();
            try {
                if (gate) {
                    connection.commit();
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                failure.compareAndSet(null, e);
            }
        }
    }

    /** One reading: merges the backend's relation locks, granted or asked for; whether it waits for a lock. */
    private boolean read(PreparedStatement ps, Collection<Long> oids) throws SQLException {
        boolean waiting = false;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                waiting |= !rs.getBoolean(4);
                LockMode mode = LockMode.fromPgLocks(rs.getString(3));
                if ("relation".equals(rs.getString(1)) && mode != null && oids.contains(rs.getLong(2))) {
                    seen.merge(rs.getLong(2), mode, LockMode::max);
                }
            }
        }
        return waiting;
    }

    /** Stops reading; the strongest mode seen on each table. */
    Map<Long, LockMode> stop() throws SQLException {
        close();
        if (failure.get() != null) {
            throw failure.get();
        }
        return Map.copyOf(seen);
    }

    @Override
    public void close() {
        stop.set(true);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.opsdb.migrations.locktrace;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.opsdb.migrations.operations.OutsideTransactionFlag;
import org.opsdb.migrations.operations.SqlSink;
import org.opsdb.migrations.sql.TransactionControl;

/**
 * The sink a traced revision's script writes to: passes each statement on to the runtime's sink, unchanged and in
 * the same transaction, and reads around it, on the migrator's own connection, the pre-existing tables' counters
 * ({@link BackendProbe}) and after it the table locks the migrator's backend holds. In a transactional section the
 * locks are read right after the statement, inside the transaction, where they stay until the commit. A statement
 * of an outside-transaction block, which the runtime runs in auto-commit, is run as a transaction of its own, with
 * the same locks, so that they can be read before its commit; a statement PostgreSQL refuses inside a transaction
 * block ({@code CREATE INDEX CONCURRENTLY}, {@code VACUUM}, a {@code DO} block that commits, …) runs in auto-commit
 * as the runtime runs it, its locks read from a second connection while it runs ({@link LockPoller}).
 */
final class TracingSink implements SqlSink {

    /** Statements that PostgreSQL runs only outside a transaction block. */
    private static final Pattern NO_TRANSACTION_BLOCK = Pattern.compile("(?is)^\\s*(VACUUM|CREATE\\s+DATABASE"
            + "|DROP\\s+DATABASE|ALTER\\s+SYSTEM|CREATE\\s+TABLESPACE|DROP\\s+TABLESPACE|CREATE\\s+SUBSCRIPTION"
            + "|DROP\\s+SUBSCRIPTION|REINDEX\\s+(\\(.*\\)\\s*)?(SYSTEM|DATABASE)\\b"
            + "|(?!REFRESH\\b).*\\bCONCURRENTLY\\b)");
    /**
     * SQLSTATEs of a statement refused inside a transaction block: active_sql_transaction ("… cannot run inside a
     * transaction block") and invalid_transaction_termination (a {@code DO} block or procedure that commits).
     */
    private static final Set<String> IN_TRANSACTION_BLOCK = Set.of("25001", "2D000");

    /** A statement as observed, before the commit that ends its locks is known. */
    static final class Observed {
        final ScriptPlaces.Place place;
        final int position;
        final String sql;
        final boolean autocommit;
        final boolean polled;
        final long start;
        final long end;
        final Map<Long, LockMode> locks;
        /** The index (among the revision's statements) of the statement that took each lock's mode. */
        final Map<Long, Integer> takenAt;
        final Set<Long> rewritten;
        final Map<Long, Long> rowsRead;
        long commit;

        Observed(ScriptPlaces.Place place, int position, String sql, boolean autocommit, boolean polled, long start,
                 long end, Map<Long, LockMode> locks, Map<Long, Integer> takenAt, Set<Long> rewritten,
                 Map<Long, Long> rowsRead) {
            this.place = place;
            this.position = position;
            this.sql = sql;
            this.autocommit = autocommit;
            this.polled = polled;
            this.start = start;
            this.end = end;
            this.locks = locks;
            this.takenAt = takenAt;
            this.rewritten = rewritten;
            this.rowsRead = rowsRead;
        }
    }

    private final SqlSink inner;
    private final Map<Long, Relation> tables;
    private final Set<Long> oids;
    private final Connection observer;
    private final ScriptPlaces places;
    private final List<Observed> observed = new ArrayList<>();
    /** The statements of the transaction still open. */
    private final List<Observed> open = new ArrayList<>();
    /** The locks held after the last statement of the open transaction, and where each mode was taken. */
    private Map<Long, LockMode> held = Map.of();
    private final Map<Long, Integer> takenAt = new HashMap<>();
    private final OutsideTransactionFlag outside = new OutsideTransactionFlag();
    private int position;
    private Integer pid;

    /**
     * @param inner    the runtime's sink for the script
     * @param tables   the tables that existed before the revision
     * @param observer the tracer's own connection (auto-commit), for {@link LockPoller}
     * @param places   where the script's statements stand
     */
    TracingSink(SqlSink inner, Map<Long, Relation> tables, Connection observer, ScriptPlaces places) {
        this.inner = inner;
        this.tables = tables;
        this.oids = tables.keySet();
        this.observer = observer;
        this.places = places;
    }

    @Override
    public void execute(String sql) {
        int at = position++;
        ScriptPlaces.Place place = places.of(at, sql);
        Connection connection = inner.connection().orElseThrow(() -> new LockTraceException(
                "Lock trace needs a live connection; the runtime gave the script an offline sink"));
        try {
            if (!outside.outside()) {
                observeInTransaction(place, at, sql, connection, false);
            } else if (NO_TRANSACTION_BLOCK.matcher(sql).find() || TransactionControl.first(sql) != null
                    || !observeOwnTransaction(place, at, sql, connection)) {
                observePolled(place, at, sql, connection);
            }
        } catch (SQLException e) {
            throw new LockTraceException("Lock trace could not read the locks around " + place.file() + ":"
                    + place.line() + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** Runs an auto-commit statement in a transaction of its own; false when PostgreSQL refused that (25001). */
    private boolean observeOwnTransaction(ScriptPlaces.Place place, int at, String sql, Connection connection)
            throws SQLException {
        connection.setAutoCommit(false);
        try {
            observeInTransaction(place, at, sql, connection, true);
            connection.commit();
            endTransaction(System.nanoTime());
            return true;
        } catch (RuntimeException e) {
            connection.rollback();
            if (refusedInTransactionBlock(e)) {
                return false;
            }
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private void observeInTransaction(ScriptPlaces.Place place, int at, String sql, Connection connection,
                                      boolean autocommit) throws SQLException {
        Map<Long, BackendProbe.Counters> before = BackendProbe.counters(connection, oids, false);
        long start = System.nanoTime();
        inner.execute(sql);
        long end = System.nanoTime();
        Map<Long, LockMode> locks = BackendProbe.locks(connection, pid(connection), oids);
        record(place, at, sql, autocommit, false, start, end, locks, before,
                BackendProbe.counters(connection, oids, false));
    }

    private void observePolled(ScriptPlaces.Place place, int at, String sql, Connection connection)
            throws SQLException {
        Map<Long, BackendProbe.Counters> before = BackendProbe.counters(connection, oids, true);
        int backend = pid(connection);
        long start;
        long end;
        Map<Long, LockMode> locks;
        try (LockPoller poller = new LockPoller(observer, backend, tables)) {
            start = System.nanoTime();
            inner.execute(sql);
            end = System.nanoTime();
            locks = poller.stop();
        }
        record(place, at, sql, true, true, start, end, locks, before, BackendProbe.counters(connection, oids, true));
        endTransaction(end);
    }

    private void record(ScriptPlaces.Place place, int at, String sql, boolean autocommit, boolean polled, long start,
                        long end, Map<Long, LockMode> locks, Map<Long, BackendProbe.Counters> before,
                        Map<Long, BackendProbe.Counters> after) {
        locks.forEach((oid, mode) -> {
            LockMode previous = held.get(oid);
            if (previous == null || mode.compareTo(previous) > 0) {
                takenAt.put(oid, observed.size());
            }
        });
        Set<Long> rewritten = new HashSet<>();
        Map<Long, Long> rowsRead = new HashMap<>();
        before.forEach((oid, was) -> {
            BackendProbe.Counters now = after.get(oid);
            if (now != null) {
                if (now.filenode() != was.filenode()) {
                    rewritten.add(oid);
                }
                if (now.rowsRead() > was.rowsRead()) {
                    rowsRead.put(oid, now.rowsRead() - was.rowsRead());
                }
            }
        });
        Map<Long, Integer> taken = new HashMap<>();
        locks.keySet().forEach(oid -> taken.put(oid, takenAt.get(oid)));
        Observed statement = new Observed(place, at + 1, sql, autocommit, polled, start, end, Map.copyOf(locks),
                taken, rewritten, rowsRead);
        held = Map.copyOf(locks);
        observed.add(statement);
        open.add(statement);
    }

    /** The open transaction committed at {@code at}: its locks end there. */
    void endTransaction(long at) {
        open.forEach(statement -> statement.commit = at);
        open.clear();
        held = Map.of();
        takenAt.clear();
    }

    /** The statements observed, in order; call after {@link #endTransaction} for the revision's commit. */
    List<Observed> observed() {
        return List.copyOf(observed);
    }

    @Override
    public void outsideTransaction(Runnable block) {
        inner.outsideTransaction(() -> {
            endTransaction(System.nanoTime()); // the runtime has just committed what ran before the block
            outside.runOutside(block);
        });
    }

    @Override
    public Optional<Connection> connection() {
        return inner.connection();
    }

    private int pid(Connection connection) throws SQLException {
        if (pid == null) {
            pid = BackendProbe.pid(connection);
        }
        return pid;
    }

    private static boolean refusedInTransactionBlock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && IN_TRANSACTION_BLOCK.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("").strip();
    }
}

package org.opsdb.migrations.locktrace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * What the catalog and the statistics say about the pre-existing tables, for one backend: the table locks it holds
 * ({@code pg_locks}), and each table's {@code relfilenode} (a rewrite gives the table a new file) and the rows read
 * from it so far. Rows read are the sequential scans' rows ({@code seq_tup_read}) and the rows fetched through an
 * index ({@code idx_tup_fetch}) as the backend counts them ({@code pg_stat_get_xact_*}; PostgreSQL 15 counts an
 * {@code ALTER COLUMN … SET NOT NULL}'s check, a foreign key's validation, an index build and a rewrite there).
 * Inside a transaction block the backend flushes nothing, so its pending counts alone are exact; across the commits
 * of an auto-commit statement the flushed counts ({@code pg_stat_get_*}) are added, which stays right when the backend
 * flushes between two readings (another backend flushing counts of the same table then would add to them).
 */
final class BackendProbe {

    private static final String LOCKS = "SELECT relation::bigint, mode FROM pg_locks WHERE pid = ?"
            + " AND locktype = 'relation' AND granted"
            + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";
    /** The backend's pending counts: exact inside a transaction block, where the backend flushes nothing. */
    private static final String PENDING = "SELECT c.oid::bigint, c.relfilenode::bigint,"
            + " pg_stat_get_xact_tuples_returned(c.oid) + pg_stat_get_xact_tuples_fetched(c.oid)"
            + " + coalesce((SELECT sum(pg_stat_get_xact_tuples_fetched(i.indexrelid)) FROM pg_index i"
            + " WHERE i.indrelid = c.oid), 0)"
            + " FROM pg_class c WHERE c.oid::bigint = ANY (?)";
    /** The flushed and the pending counts: across the commits of an auto-commit statement. */
    private static final String FLUSHED_AND_PENDING = "SELECT c.oid::bigint, c.relfilenode::bigint,"
            + " pg_stat_get_tuples_returned(c.oid) + pg_stat_get_xact_tuples_returned(c.oid)"
            + " + pg_stat_get_tuples_fetched(c.oid) + pg_stat_get_xact_tuples_fetched(c.oid)"
            + " + coalesce((SELECT sum(pg_stat_get_tuples_fetched(i.indexrelid)"
            + " + pg_stat_get_xact_tuples_fetched(i.indexrelid)) FROM pg_index i WHERE i.indrelid = c.oid), 0)"
            + " FROM pg_class c WHERE c.oid::bigint = ANY (?)";

    /** A table's file and the rows read from it so far. */
    record Counters(long filenode, long rowsRead) {
    }

    private BackendProbe() {
    }

    /** The backend's process id. */
    static int pid(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_backend_pid()");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The strongest mode of each granted table lock of backend {@code pid} on one of {@code oids}. */
    static Map<Long, LockMode> locks(Connection connection, int pid, Collection<Long> oids) throws SQLException {
        Map<Long, LockMode> held = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(LOCKS)) {
            ps.setInt(1, pid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LockMode mode = LockMode.fromPgLocks(rs.getString(2));
                    if (mode != null && oids.contains(rs.getLong(1))) {
                        held.merge(rs.getLong(1), mode, LockMode::max);
                    }
                }
            }
        }
        return held;
    }

    /**
     * The counters of each of {@code oids} that still exists: the backend's pending counts only inside a transaction
     * block ({@code flushed} false; other backends' flushes cannot disturb them there), else with the flushed ones.
     */
    static Map<Long, Counters> counters(Connection connection, Collection<Long> oids, boolean flushed)
            throws SQLException {
        Map<Long, Counters> counters = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(flushed ? FLUSHED_AND_PENDING : PENDING)) {
            ps.setArray(1, connection.createArrayOf("int8", oids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counters.put(rs.getLong(1), new Counters(rs.getLong(2), rs.getLong(3)));
                }
            }
        }
        return counters;
    }
}

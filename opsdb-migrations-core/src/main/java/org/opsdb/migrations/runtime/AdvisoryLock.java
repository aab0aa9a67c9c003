package org.opsdb.migrations.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.zip.CRC32;

/**
 * A PostgreSQL session-level advisory lock that serialises migrators working on the same version table. The key
 * is derived from the version table's name without its schema, so that every spelling of the table shares it:
 * {@code alembic_version} found through the search path, {@code public.alembic_version}, {@code table-schema=public},
 * and also a search path whose first schema is named after the user (where an unqualified name that exists nowhere
 * yet would be created), although that resolves to another schema: the migrator that waits then sees the other's
 * table, and is refused instead of applying every revision a second time (see {@link VersionTablePlacement}). The
 * price: migrators of version tables of the same name in different schemas of one database wait for each other.
 * A fleet, whose targets are schemas of one database each with its version table, takes {@link Key#SCHEMA_AND_NAME}
 * instead, so that its targets run at once. Acquiring polls {@code pg_try_advisory_lock} until a timeout, so a
 * waiting migrator ends with a clear error instead of hanging.
 */
public final class AdvisoryLock {

    /** First key of the two-key advisory lock: "opsd" in ASCII, so the lock is recognisable in pg_locks. */
    static final int CLASS_ID = 0x6f707364;
    private static final long POLL_MILLIS = 50;

    private final int objectId;
    private final String description;
    private final Duration timeout;

    /** What the lock's second key is derived from. */
    public enum Key {
        /** The version table's name without its schema: every spelling of one table shares the lock (the default). */
        TABLE_NAME,
        /**
         * The version table's schema and name as resolved: migrators of same-named version tables in different
         * schemas of one database do not wait for each other (a fleet's schema targets, each naming its schema).
         * Only migrators that all name the schema explicitly ({@code table-schema}) may use it: one that finds the
         * table through the search path takes the {@link #TABLE_NAME} lock and is not kept out.
         */
        SCHEMA_AND_NAME
    }

    /**
     * A lock tied to the given version table's name, waited for at most {@code timeout}.
     *
     * @param versionTable the version table, schema-qualified as resolved: its name gives the key, the whole of it
     *                     is named in the timeout's message
     */
    public AdvisoryLock(TableName versionTable, Duration timeout) {
        this(versionTable, timeout, Key.TABLE_NAME);
    }

    /**
     * A lock tied to the given version table as {@code key} says, waited for at most {@code timeout}.
     *
     * @param versionTable the version table, schema-qualified as resolved
     */
    public AdvisoryLock(TableName versionTable, Duration timeout, Key key) {
        this.objectId = objectId(key == Key.SCHEMA_AND_NAME && versionTable.qualified()
                ? versionTable.schema() + "." + versionTable.name() : versionTable.name());
        this.description = "advisory lock (" + CLASS_ID + ", " + objectId + ") for " + versionTable;
        this.timeout = timeout;
    }

    /** The second key of the lock of version tables named {@code name}: the CRC-32 of the name in UTF-8. */
    static int objectId(String name) {
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    /** Waits for the lock on this connection's session; throws when the timeout passes. */
    public void acquire(Connection connection) throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (tryLock(connection)) {
                return;
            }
            if (System.nanoTime() >= deadline) {
                throw new MigrationException("Timed out after " + describe(timeout) + " waiting for the " + description
                        + "; another migrator" + holder(connection) + " is running");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MigrationException("Interrupted while waiting for the " + description, e);
            }
        }
    }

    /** Releases the lock held by this connection's session. */
    public void release(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
            ps.setInt(1, CLASS_ID);
            ps.setInt(2, objectId);
            ps.execute();
        }
    }

    /**
     * A SQL expression that is true while the session evaluating it holds this lock (a script's
     * {@code pg_advisory_unlock_all()}, {@code pg_advisory_unlock} of this key or {@code DISCARD ALL} releases it).
     */
    String heldBySessionSql() {
        return "EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND classid = "
                + Integer.toUnsignedLong(CLASS_ID) + " AND objid = " + Integer.toUnsignedLong(objectId)
                + " AND objsubid = 2 AND granted)";
    }

    /** What the lock is, for messages: {@code advisory lock (CLASS, OBJECT) for SCHEMA.TABLE}. */
    String description() {
        return description;
    }

    private boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
            ps.setInt(1, CLASS_ID);
            ps.setInt(2, objectId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private String holder(Connection connection) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pid FROM pg_locks WHERE locktype = 'advisory'"
                + " AND classid = ?::oid AND objid = ?::oid AND objsubid = 2 AND granted LIMIT 1")) {
            ps.setLong(1, Integer.toUnsignedLong(CLASS_ID));
            ps.setLong(2, Integer.toUnsignedLong(objectId));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? " (backend pid " + rs.getInt(1) + ")" : "";
            }
        } catch (SQLException e) {
            return "";
        }
    }

    static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}

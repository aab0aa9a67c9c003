package org.opsdb.migrations.runtime;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the last run that left the database at every head of its scripts knew, kept as the history table's
 * comment: the {@link org.opsdb.migrations.script.ScriptSetFingerprint} of those scripts, the heads and the id of
 * the last history row. While the scripts, the version table's rows and the history's last row are all still the
 * same, the database is still up to date with those scripts and their checksums still hold, so the boot's check
 * answers without parsing a script or reading the checksums. Anything that moves the version table or adds a
 * history row (a run, a stamp, an offline script, Alembic itself) leaves the mark stale, and the check then takes
 * the full path. The comment reads
 * {@code opsdb-migrations up-to-date mark v1; scripts <fingerprint>; history <id>; heads <id>[,<id>...]}.
 */
record UpToDateMark(String fingerprint, long historyId, Set<String> heads) {

    private static final String PREFIX = "opsdb-migrations up-to-date mark v1; scripts ";
    private static final String HISTORY = "; history ";
    private static final String HEADS = "; heads ";

    UpToDateMark {
        heads = Set.copyOf(new TreeSet<>(heads));
    }

    /** The mark a comment holds, or null when it holds none (no comment, someone else's, an older format). */
    static UpToDateMark parse(String comment) {
        if (comment == null || !comment.startsWith(PREFIX)) {
            return null;
        }
        int history = comment.indexOf(HISTORY, PREFIX.length());
        int heads = history < 0 ? -1 : comment.indexOf(HEADS, history);
        if (heads < 0) {
            return null;
        }
        try {
            return new UpToDateMark(comment.substring(PREFIX.length(), history),
                    Long.parseLong(comment.substring(history + HISTORY.length(), heads)),
                    new LinkedHashSet<>(Arrays.asList(comment.substring(heads + HEADS.length()).split(","))));
        } catch (NumberFormatException malformed) {
            return null;
        }
    }

    /** The comment that holds this mark. */
    String comment() {
        return PREFIX + fingerprint + HISTORY + historyId + HEADS + String.join(",", new TreeSet<>(heads));
    }

    /**
     * Whether the mark still answers an upgrade to {@code target} for scripts with {@code fingerprint}, given the
     * version table's rows and the history's last id as they are now: nothing to do. {@code heads} always;
     * {@code head} only when there is one head (else the planner must report the ambiguity).
     */
    boolean holds(String fingerprint, String target, Set<String> versionRows, Long lastHistoryId) {
        boolean targetIsHeads = "heads".equals(target) || "head".equals(target) && heads.size() == 1;
        return targetIsHeads && this.fingerprint.equals(fingerprint) && lastHistoryId != null
                && lastHistoryId == historyId && heads.equals(versionRows);
    }

    /** {@link #holds} for what {@link #readCurrentState} read. */
    boolean holds(String fingerprint, String target, CurrentState state) {
        return holds(fingerprint, target, state.versionRows(), state.lastHistoryId());
    }

    /** The version table's rows and the history's last id (null when it has no row or the version table none). */
    record CurrentState(Set<String> versionRows, Long lastHistoryId) {
    }

    /**
     * Reads what {@link #holds} compares in one statement: the version table's rows (ordered, as the full check
     * reads them), each with the history's last id.
     */
    static CurrentState readCurrentState(Connection connection, VersionTable versions, HistoryTable history)
            throws SQLException {
        Set<String> rows = new LinkedHashSet<>();
        Long lastHistoryId = null;
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT version_num, (SELECT max(id) FROM " + history.name().sql() + ") FROM "
                        + versions.name().sql() + " ORDER BY version_num")) {
            while (rs.next()) {
                rows.add(rs.getString(1));
                long id = rs.getLong(2);
                lastHistoryId = rs.wasNull() ? null : id;
            }
        }
        return new CurrentState(rows, lastHistoryId);
    }

    /**
     * Marks the database up to date with {@code heads} of the scripts with {@code fingerprint}, in a transaction
     * of its own on a connection with auto-commit off, after the run's work is committed. The mark is only ever a
     * short cut, so a failure (e.g. the history table belongs to another role) is rolled back and ignored.
     */
    static void write(Connection connection, HistoryTable history, String fingerprint, Set<String> heads) {
        try {
            long lastId;
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT max(id) FROM " + history.name().sql())) {
                rs.next();
                lastId = rs.getLong(1);
                if (rs.wasNull()) {
                    connection.rollback();
                    return;
                }
            }
            try (Statement st = connection.createStatement()) {
                st.execute("COMMENT ON TABLE " + history.name().sql() + " IS "
                        + VersionTable.literal(new UpToDateMark(fingerprint, lastId, heads).comment()));
            }
            connection.commit();
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException gone) {
                // the connection is gone: so is the transaction
            }
        }
    }
}

package org.opsdb.migrations.runtime;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * What must still hold when a revision is about to commit, checked in one query inside its transaction: the version
 * table holds exactly the heads the runtime wrote (a script that deleted or rewrote a row would otherwise leave the
 * table empty or wrong, unnoticed), and this session still holds the migration's advisory lock (a script that
 * released it would otherwise let another migrator run at the same time).
 */
final class RevisionCommitCheck {

    private final VersionTable versionTable;
    private final AdvisoryLock lock;

    /** Checks of {@code versionTable} and of {@code lock}, which the session took before the run. */
    RevisionCommitCheck(VersionTable versionTable, AdvisoryLock lock) {
        this.versionTable = versionTable;
        this.lock = lock;
    }

    /**
     * Throws a one-line {@link MigrationException} when the lock is gone or the version table does not hold
     * exactly {@code expected}.
     */
    void verify(Connection connection, Set<String> expected) {
        String sql = "SELECT " + lock.heldBySessionSql() + ", ARRAY(SELECT version_num::text FROM "
                + versionTable.name().sql() + " ORDER BY 1)";
        boolean locked;
        Set<String> rows;
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            locked = rs.getBoolean(1);
            Array array = rs.getArray(2);
            rows = new TreeSet<>(Arrays.asList((String[]) array.getArray()));
        } catch (SQLException e) {
            throw new StatementFailure(sql, e);
        }
        if (!locked) {
            throw new MigrationException("it released the migration lock, the " + lock.description()
                    + " (pg_advisory_unlock_all(), pg_advisory_unlock or DISCARD ALL); another migrator could run"
                    + " at the same time, so its transaction was rolled back");
        }
        if (!rows.equals(new TreeSet<>(expected))) {
            throw new MigrationException("it changed the version table " + versionTable.name() + " itself: after"
                    + " it the table should hold " + describe(expected) + " but holds " + describe(rows)
                    + ", so its transaction was rolled back");
        }
    }

    private static String describe(Set<String> rows) {
        return rows.isEmpty() ? "no row" : String.join(", ", new TreeSet<>(rows));
    }
}

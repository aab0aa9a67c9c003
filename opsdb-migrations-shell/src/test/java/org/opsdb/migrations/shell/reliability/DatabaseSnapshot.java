package org.opsdb.migrations.shell.reliability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * What a failed command must leave unchanged: every column, constraint and index of schema {@code public}, the
 * version rows and the successful history rows (a failed attempt is recorded as a history row with
 * {@code success = false}; that is an audit record, not a change of the schema).
 */
final class DatabaseSnapshot {

    private static final List<String> QUERIES = List.of(
            "SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable"
                    + " FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1",
            "SELECT 'constraint ' || conrelid::regclass || '.' || conname || ' ' || pg_get_constraintdef(oid)"
                    + " FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1",
            "SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1",
            "SELECT 'type ' || typname FROM pg_type WHERE typnamespace = 'public'::regnamespace AND typtype = 'e'"
                    + " ORDER BY 1");

    private DatabaseSnapshot() {
    }

    /** The catalog lines, then the version and history rows when those tables exist. */
    static List<String> capture(TestDatabase db) {
        try (Connection c = db.openConnection(); Statement st = c.createStatement()) {
            List<String> lines = new ArrayList<>();
            for (String query : QUERIES) {
                read(st, query, lines);
            }
            if (exists(st, "alembic_version")) {
                read(st, "SELECT 'version ' || version_num FROM alembic_version ORDER BY 1", lines);
            }
            if (exists(st, "opsdb_migration_history")) {
                read(st, "SELECT 'history ' || revision || ' ' || direction || ' ' || success"
                        + " FROM opsdb_migration_history WHERE success ORDER BY id", lines);
            }
            return lines;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void execute(TestDatabase db, String sql) {
        try (Connection c = db.openConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean exists(Statement st, String table) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT to_regclass('public." + table + "') IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static void read(Statement st, String query, List<String> lines) throws SQLException {
        try (ResultSet rs = st.executeQuery(query)) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
    }
}

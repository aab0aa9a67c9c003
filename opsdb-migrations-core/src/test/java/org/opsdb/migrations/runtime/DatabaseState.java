package org.opsdb.migrations.runtime;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.opsdb.migrations.testdb.TestDatabase;

/** Reads what a test needs to assert from the catalog and the tool's tables. */
final class DatabaseState {

    private final TestDatabase db;

    DatabaseState(TestDatabase db) {
        this.db = db;
    }

    List<String> tables() {
        return strings("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 1");
    }

    List<String> versions() {
        return strings("SELECT version_num FROM alembic_version ORDER BY 1");
    }

    List<String> history() {
        return strings("SELECT revision || ' ' || direction || ' ' || success FROM opsdb_migration_history ORDER BY id");
    }

    List<String> strings(String sql) {
        try (Connection c = db.openConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void execute(String sql) {
        try (Connection c = db.openConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Drops everything in the database, for a clean start per test. */
    void reset() {
        execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public; DROP TYPE IF EXISTS observationstatus");
    }
}

package org.opsdb.migrations.runtime;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.opsdb.migrations.testdb.TestDatabase;

/** Reads what a test needs to assert from the catalog and the tool's tables, and resets the database. */
public final class DatabaseState {

    private final TestDatabase db;

    public DatabaseState(TestDatabase db) {
        this.db = db;
    }

    public List<String> tables() {
        return strings("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 1");
    }

    public List<String> versions() {
        return strings("SELECT version_num FROM alembic_version ORDER BY 1");
    }

    public List<String> history() {
        return strings("SELECT revision || ' ' || direction || ' ' || success FROM opsdb_migration_history ORDER BY id");
    }

    public List<String> strings(String sql) {
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

    public void execute(String sql) {
        try (Connection c = db.openConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Drops everything in the database, for a clean start per test. */
    public void reset() {
        execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public; DROP TYPE IF EXISTS observationstatus");
    }

    /** Waits (at most {@code seconds}) until a backend of this database runs a statement containing {@code text}. */
    public int awaitBackendRunning(String text, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            List<String> pids = strings("SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND pid <> pg_backend_pid() AND state = 'active' AND query LIKE '%" + text + "%'");
            if (!pids.isEmpty()) {
                return Integer.parseInt(pids.get(0));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no backend ran '" + text + "' within " + seconds + " s");
    }

}

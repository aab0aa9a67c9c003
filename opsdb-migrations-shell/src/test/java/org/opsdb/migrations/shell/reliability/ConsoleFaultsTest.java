package org.opsdb.migrations.shell.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsdb.migrations.shell.reliability.Revisions.A;
import static org.opsdb.migrations.shell.reliability.Revisions.B;
import static org.opsdb.migrations.shell.reliability.Revisions.C;
import static org.opsdb.migrations.shell.reliability.Revisions.chain;
import static org.opsdb.migrations.shell.reliability.Revisions.sql;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.shell.ConsoleResult;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * Faults seen from outside, with the console in child JVMs: several consoles at once, a console that waits for the
 * lock too long, a failing statement, a console killed with {@code kill -9} in the middle of a long revision, a
 * revision left partly applied by its outside-transaction block, a revision that deletes its version row, a version
 * table with two rows on one branch, and a missing history table.
 */
@FreshDatabase
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ConsoleFaultsTest {

    private static final int CONSOLES = 8;

    private final TestDatabase db;
    @TempDir
    Path dir;

    ConsoleFaultsTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void emptyDatabase() {
        DatabaseSnapshot.execute(db, "DROP SCHEMA public CASCADE; CREATE SCHEMA public");
    }

    @AfterEach
    void noMoreSleeping() {
        DatabaseSnapshot.execute(db, "ALTER DATABASE " + db.name() + " RESET reliability.sleep_seconds");
    }

    private String[] console(String... command) {
        List<String> args = new ArrayList<>(List.of("--url", db.jdbcUrl(), "--user", db.username()));
        if (db.password() != null) {
            args.addAll(List.of("--password", db.password()));
        }
        args.addAll(List.of("--location", dir.toString()));
        args.addAll(List.of(command));
        return args.toArray(String[]::new);
    }

    private List<String> strings(String sql) {
        List<String> out = new ArrayList<>();
        try (Connection c = db.openConnection(); Statement st = c.createStatement();
             var rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static final String ADVISORY_LOCKS = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
            + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";

    @Test
    void severalConsolesAtOnceApplyEveryRevisionExactlyOnce() throws Exception {
        Revisions.layOut(dir, chain());
        List<ChildConsole> consoles = new ArrayList<>();
        for (int i = 0; i < CONSOLES; i++) {
            // half of them name the version table with its schema: the same table, so the same lock
            List<String> args = new ArrayList<>(i % 2 == 0 ? List.of()
                    : List.of("--opsdb.migrations.table-schema=public"));
            args.addAll(List.of(console("upgrade", "head")));
            consoles.add(ChildConsole.start(args.toArray(String[]::new)));
        }
        StringBuilder allOutput = new StringBuilder();
        for (ChildConsole child : consoles) {
            ConsoleResult result = child.await(150);
            assertThat(result.stderr()).isEmpty();
            assertThat(result.exitCode()).isZero();
            allOutput.append(result.stdout());
        }
        // each revision is reported once (by the console that ran it); each console ends with its summary
        assertThat(allOutput.toString().lines().filter(l -> l.startsWith("Running "))
                .map(l -> l.replaceAll(" \\.\\.\\. done in \\d+ ms$", "")).sorted()).containsExactly(
                "Running upgrade  -> " + A + ", create alpha",
                "Running upgrade " + A + " -> " + B + ", create beta",
                "Running upgrade " + B + " -> " + C + ", create gamma");
        assertThat(strings("SELECT revision || ' ' || direction || ' ' || success FROM opsdb_migration_history"
                + " ORDER BY id")).containsExactly(A + " up true", B + " up true", C + " up true");
        assertThat(strings("SELECT version_num FROM alembic_version")).containsExactly(C);
        assertThat(strings("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"))
                .containsExactly("alembic_version", "alpha", "beta", "gamma", "opsdb_migration_history");
    }

    @Test
    void aConsoleWaitingLongerThanTheLockTimeoutExitsOneWithOneLine() throws Exception {
        Revisions.layOut(dir, chain());
        CRC32 crc = new CRC32();
        crc.update("public.alembic_version".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (Connection holder = db.openConnection(); Statement st = holder.createStatement()) {
            st.execute("SELECT pg_advisory_lock(1869640548, " + (int) crc.getValue() + ")");
            List<String> args = new ArrayList<>(List.of("--opsdb.migrations.lock-timeout=1s"));
            args.addAll(List.of(console("upgrade", "head")));
            ConsoleResult result = ChildConsole.start(args.toArray(String[]::new)).await(120);
            assertThat(result.stdout()).isEmpty();
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.stderr()).matches("Timed out after 1 s waiting for the advisory lock \\(1869640548,"
                    + " -?\\d+\\) for public.alembic_version; another migrator \\(backend pid \\d+\\) is running\n");
        }
        assertThat(strings("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).isEmpty();
    }

    @Test
    void aFailingStatementExitsOneWithOneLineAndLeavesTheRevisionBefore() throws Exception {
        Map<String, String> files = new LinkedHashMap<>(chain());
        files.put(C + "_create_gamma.sql", sql(C, B, "create gamma",
                "CREATE TABLE gamma (id int);\nINSERT INTO nowhere VALUES (1);", "DROP TABLE gamma;"));
        Revisions.layOut(dir, files);
        ConsoleResult result = ChildConsole.start(console("upgrade", "head")).await(120);
        // the revisions before the failing one were applied and reported as they ran, then which ones committed
        assertThat(result.timed()).isEqualTo(new ConsoleResult("Running upgrade  -> " + A + ", create alpha ... done in"
                + " N ms\nRunning upgrade " + A + " -> " + B + ", create beta ... done in N ms\nRunning upgrade " + B
                + " -> " + C + ", create gamma ... failed\nUpgrade failed after committing 2 revisions: " + A + ", " + B
                + "\n", "Revision " + C + " (" + dir + "/" + C
                + "_create_gamma.sql) failed in upgrade at line 8: ERROR: relation \"nowhere\" does not exist; statement:"
                + " INSERT INTO nowhere VALUES (1)\n", 1));
        assertThat(strings("SELECT version_num FROM alembic_version")).containsExactly(B);
        assertThat(strings("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"))
                .containsExactly("alembic_version", "alpha", "beta", "opsdb_migration_history");
    }

    @Test
    void aConsoleKilledInALongRevisionLeavesATrueRevisionAndNoLockAndTheRerunCompletes() throws Exception {
        Map<String, String> files = new LinkedHashMap<>(chain());
        files.put(B + "_create_beta.sql", sql(B, A, "slow beta", "CREATE TABLE beta (id int PRIMARY KEY);\n"
                + "SELECT pg_sleep(coalesce(nullif(current_setting('reliability.sleep_seconds', true), ''),"
                + " '0')::float);", "DROP TABLE beta;"));
        Revisions.layOut(dir, files);
        DatabaseSnapshot.execute(db, "ALTER DATABASE " + db.name() + " SET reliability.sleep_seconds = '60'");
        ChildConsole child = ChildConsole.start(console("upgrade", "head"));
        awaitSleepingBackend(child);

        child.kill();

        // PostgreSQL notices the dead client within a second (the runtime sets client_connection_check_interval),
        // rolls back the revision and releases the session's advisory lock, although pg_sleep had 60 s to go
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!strings(ADVISORY_LOCKS).equals(List.of("0")) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(strings(ADVISORY_LOCKS)).containsExactly("0");
        assertThat(strings("SELECT version_num FROM alembic_version")).containsExactly(A);
        assertThat(strings("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"))
                .containsExactly("alembic_version", "alpha", "opsdb_migration_history");

        noMoreSleeping();
        Migrations rerun = Migrations.configure().dataSource(db.dataSource()).locations(dir.toString())
                .lockTimeout(Duration.ofSeconds(2)).load();
        assertThat(rerun.upgrade("head").steps()).hasSize(2);
        assertThat(strings("SELECT revision || ' ' || direction || ' ' || success FROM opsdb_migration_history"
                + " ORDER BY id")).containsExactly(A + " up true", B + " up true", C + " up true");
    }

    @Test
    void aPartlyAppliedRevisionExitsOneWithOneLineNamingWhatCommitted() throws Exception {
        Map<String, String> files = new LinkedHashMap<>(chain());
        files.put(B + "_create_beta.sql", sql(B, A, "index beta", "CREATE TABLE beta (id int);\n"
                + "-- outside-transaction\nCREATE INDEX CONCURRENTLY beta_id ON beta (id);\n"
                + "CREATE INDEX CONCURRENTLY beta_nosuch ON beta (nosuch);\n-- end-outside-transaction",
                "DROP TABLE beta;"));
        Revisions.layOut(dir, files);
        ConsoleResult result = ChildConsole.start(console("upgrade", "head")).await(120);
        assertThat(result.timed()).isEqualTo(new ConsoleResult("Running upgrade  -> " + A + ", create alpha ... done in"
                + " N ms\nRunning upgrade " + A + " -> " + B + ", index beta ... failed\nUpgrade failed after committing"
                + " 1 revision: " + A + "\n", "Revision " + B + " (" + dir + "/" + B + "_create_beta.sql) failed in"
                + " upgrade at line 10: ERROR: column \"nosuch\" does not exist; statement: CREATE INDEX CONCURRENTLY"
                + " beta_nosuch ON beta (nosuch); the revision is partly applied: line 7 (CREATE TABLE beta (id int))"
                + " and line 9 (CREATE INDEX CONCURRENTLY beta_id ON beta (id)) committed before the failure, and the"
                + " version table still holds " + A + "; undo them by hand, or make them idempotent (IF NOT EXISTS,"
                + " IF EXISTS), then run upgrade again\n", 1));
        // exactly what the line names: the table beta and its index beta_id, without the version row
        assertThat(strings("SELECT version_num FROM alembic_version")).containsExactly(A);
        assertThat(strings("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"))
                .containsExactly("alembic_version", "alpha", "beta", "opsdb_migration_history");
        assertThat(strings("SELECT indexname FROM pg_indexes WHERE tablename = 'beta'")).containsExactly("beta_id");
        assertThat(strings("SELECT revision || ' ' || direction || ' ' || success FROM opsdb_migration_history"
                + " ORDER BY id")).containsExactly(A + " up true", B + " up false");
    }

    @Test
    void aRevisionThatDeletesTheVersionRowExitsOneAndIsRolledBack() throws Exception {
        Map<String, String> files = new LinkedHashMap<>(chain());
        files.put(B + "_create_beta.sql", sql(B, A, "create beta",
                "CREATE TABLE beta (id int);\nDELETE FROM alembic_version;", "DROP TABLE beta;"));
        Revisions.layOut(dir, files);
        ConsoleResult result = ChildConsole.start(console("upgrade", "head")).await(120);
        assertThat(result.timed()).isEqualTo(new ConsoleResult("Running upgrade  -> " + A + ", create alpha ... done in"
                + " N ms\nRunning upgrade " + A + " -> " + B + ", create beta ... failed\nUpgrade failed after"
                + " committing 1 revision: " + A + "\n", "Revision " + B + " (" + dir + "/" + B + "_create_beta.sql)"
                + " failed in upgrade: it changed the version table alembic_version itself: after it the table should"
                + " hold " + B + " but holds no row, so its transaction was rolled back\n", 1));
        assertThat(strings("SELECT version_num FROM alembic_version")).containsExactly(A);
        assertThat(strings("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"))
                .containsExactly("alembic_version", "alpha", "opsdb_migration_history");
    }

    @Test
    void twoVersionRowsOnOneBranchExitOneWithTheStampThatCorrectsThem() throws Exception {
        Revisions.layOut(dir, chain());
        Migrations.configure().dataSource(db.dataSource()).locations(dir.toString()).load().upgrade(B);
        DatabaseSnapshot.execute(db, "INSERT INTO alembic_version VALUES ('" + A + "')");
        List<String> before = DatabaseSnapshot.capture(db);
        ConsoleResult result = ChildConsole.start(console("upgrade", "head")).await(120);
        assertThat(result).isEqualTo(new ConsoleResult("", "Version table alembic_version holds " + A + ", " + B
                + ", but " + A + " is an ancestor of " + B + " and a branch keeps one row; run 'stamp " + B + "' if "
                + B + " is applied, or 'stamp " + A + "' if it is not\n", 1));
        assertThat(DatabaseSnapshot.capture(db)).isEqualTo(before);
        assertThat(strings("SELECT version_num FROM alembic_version ORDER BY 1")).containsExactly(A, B);
    }

    @Test
    void aMissingHistoryTableIsCreatedWithAWarningOnStandardError() throws Exception {
        Revisions.layOut(dir, chain());
        Migrations.configure().dataSource(db.dataSource()).locations(dir.toString()).load().upgrade(A);
        DatabaseSnapshot.execute(db, "DROP TABLE opsdb_migration_history");
        ConsoleResult result = ChildConsole.start(console("upgrade", "head")).await(120);
        assertThat(result.timed()).isEqualTo(new ConsoleResult("Running upgrade " + A + " -> " + B + ", create beta"
                + " ... done in N ms\nRunning upgrade " + B + " -> " + C + ", create gamma ... done in N ms\nUpgraded 2"
                + " revisions in N ms; now at " + C + " (head)\n", "WARN History table opsdb_migration_history does not"
                + " exist beside version table alembic_version (at " + A + "); creating it empty, so the steps before"
                + " this run are not in it and their checksums cannot be checked (expected once when adopting an"
                + " Alembic database; otherwise it was dropped)\n", 0));
        assertThat(strings("SELECT revision || ' ' || direction || ' ' || success FROM opsdb_migration_history"
                + " ORDER BY id")).containsExactly(B + " up true", C + " up true");
    }

    private void awaitSleepingBackend(ChildConsole child) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!strings("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND state = 'active'"
                    + " AND pid <> pg_backend_pid() AND query LIKE 'SELECT pg_sleep%'").isEmpty()) {
                return;
            }
            assertThat(child.isAlive()).as("the console is still running").isTrue();
            Thread.sleep(100);
        }
        child.kill();
        throw new AssertionError("the console never reached the slow revision");
    }
}

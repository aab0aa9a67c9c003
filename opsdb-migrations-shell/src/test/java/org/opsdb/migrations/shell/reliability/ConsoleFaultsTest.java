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

    /** An empty public schema, and no schema left by the tests whose role has a schema of its own. */
    @BeforeEach
    void emptyDatabase() {
        DatabaseSnapshot.execute(db, "DROP SCHEMA IF EXISTS " + SCHEMA_USER + " CASCADE; DROP SCHEMA public CASCADE;"
                + " CREATE SCHEMA public");
    }

    @AfterEach
    void noMoreSleeping() {
        DatabaseSnapshot.execute(db, "ALTER DATABASE " + db.name() + " RESET reliability.sleep_seconds");
    }

    private String[] console(String... command) {
        return consoleAs(db.username(), db.password(), List.of(), command);
    }

    /** The arguments of a console connecting as {@code user}, with {@code settings} before {@code command}. */
    private String[] consoleAs(String user, String password, List<String> settings, String... command) {
        List<String> args = new ArrayList<>(settings);
        args.addAll(List.of("--url", db.jdbcUrl(), "--user", user));
        if (password != null) {
            args.addAll(List.of("--password", password));
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

    /**
     * A role with a schema of its own, first on its search path ({@code "$user", public}): its unqualified names
     * are created there. May create in {@code public} too. Cluster-wide, so created once and never dropped.
     */
    static final String SCHEMA_USER = "opsdb_vtable_mixed";

    /** Every spelling of the one version table {@code public.alembic_version}, one per console (six consoles). */
    private static final List<List<String>> SAME_TABLE = List.of(
            List.of(),
            List.of("--opsdb.migrations.version-table=public.alembic_version"),
            List.of("--opsdb.migrations.table-schema=public"),
            List.of("--opsdb.migrations.table-schema=public"),
            List.of("--opsdb.migrations.version-table=\"public\".\"alembic_version\""),
            List.of());

    private static int rounds() {
        return Integer.getInteger("opsdb.test.mixedRounds", 1);
    }

    /**
     * An empty database with the role {@link #SCHEMA_USER}, its own schema, the right to create in public, and every
     * right on the tables the test's own user creates there (the consoles of both users share the tables).
     */
    private void emptyDatabaseWithUserSchema() {
        DatabaseSnapshot.execute(db, "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '"
                + SCHEMA_USER + "') THEN CREATE ROLE " + SCHEMA_USER + " LOGIN; END IF; END $$;"
                + " DROP SCHEMA IF EXISTS " + SCHEMA_USER + " CASCADE; DROP SCHEMA public CASCADE;"
                + " CREATE SCHEMA public; GRANT ALL ON SCHEMA public TO " + SCHEMA_USER + ";"
                + " ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO " + SCHEMA_USER + ";"
                + " ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON SEQUENCES TO " + SCHEMA_USER + ";"
                + " CREATE SCHEMA " + SCHEMA_USER + " AUTHORIZATION " + SCHEMA_USER);
    }

    /** Starts one console per entry of {@code settings}, all at once, each as its user; waits for them all. */
    private List<ConsoleResult> upgradeAtOnce(List<List<String>> settings, List<String> users)
            throws InterruptedException {
        List<ChildConsole> consoles = new ArrayList<>();
        for (int i = 0; i < settings.size(); i++) {
            String user = users.get(i);
            consoles.add(ChildConsole.start(consoleAs(user, user.equals(db.username()) ? db.password() : null,
                    settings.get(i), "upgrade", "head")));
        }
        List<ConsoleResult> results = new ArrayList<>();
        for (ChildConsole child : consoles) {
            results.add(child.await(600)); // six JVMs at once on a busy machine may take minutes to boot
        }
        return results;
    }

    /** Every table named like a version table or a revision's table, with its schema, and the history rows. */
    private List<String> appliedEverywhere() {
        List<String> lines = new ArrayList<>(strings("SELECT n.nspname || '.' || c.relname FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND (c.relname LIKE"
                + " '%alembic_version%' OR c.relname LIKE '%opsdb_migration_history%' OR c.relname IN ('alpha', 'beta',"
                + " 'gamma')) ORDER BY c.relname, n.nspname"));
        for (String history : strings("SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n"
                + " ON n.oid = c.relnamespace WHERE c.relname = 'opsdb_migration_history' ORDER BY 1")) {
            lines.addAll(strings("SELECT revision || ' ' || direction || ' ' || success FROM " + history
                    + " ORDER BY id"));
        }
        return lines;
    }

    /**
     * Six consoles at once name {@code public.alembic_version} four ways: {@code alembic_version} through the search
     * path, {@code version-table=public.alembic_version}, {@code table-schema=public}, and (as a role whose own schema
     * is first on its search path) {@code version-table="public"."alembic_version"}. They share one table and one
     * lock: all exit 0, and each revision is applied once. Repeated {@code -Dopsdb.test.mixedRounds} times (1).
     */
    @Test
    @Timeout(value = 3600, unit = TimeUnit.SECONDS)
    void consolesSpellingTheVersionTableFourWaysApplyEveryRevisionOnce() throws Exception {
        Revisions.layOut(dir, chain());
        List<String> users = List.of(db.username(), db.username(), db.username(), SCHEMA_USER, SCHEMA_USER,
                db.username());
        List<String> failures = new ArrayList<>();
        for (int round = 1; round <= rounds(); round++) {
            emptyDatabaseWithUserSchema();
            List<ConsoleResult> results = upgradeAtOnce(SAME_TABLE, users);
            List<String> applied = appliedEverywhere();
            List<String> tables = applied.stream().filter(l -> l.contains(".")).toList();
            boolean ok = results.stream().allMatch(r -> r.exitCode() == 0 && r.stderr().isEmpty())
                    && applied.subList(tables.size(), applied.size()).equals(List.of(A + " up true", B + " up true",
                    C + " up true")) && tables.size() == 5
                    && tables.containsAll(List.of("public.alembic_version", "public.opsdb_migration_history"));
            if (!ok) {
                failures.add("round " + round + ": " + applied + " " + results);
            }
        }
        System.out.println("Four spellings of the version table, 6 consoles: " + (rounds() - failures.size()) + "/"
                + rounds() + " rounds applied every revision once");
        assertThat(failures).isEmpty();
    }

    /**
     * Six consoles at once, all as a role whose own schema is first on its search path: three name the version table
     * {@code alembic_version} (which, while it exists nowhere, means that schema's), three
     * {@code public.alembic_version}. These are two tables, but the lock is one (its key is the table's name): whoever
     * comes second sees the first one's table, and either uses it (the unqualified name finds
     * {@code public.alembic_version} on the search path) or is refused with one line naming it. Each revision is
     * applied once, in one version table. Repeated {@code -Dopsdb.test.mixedRounds} times (1).
     */
    @Test
    @Timeout(value = 3600, unit = TimeUnit.SECONDS)
    void aSchemaNamedAfterTheUserDoesNotSplitTheLock() throws Exception {
        Revisions.layOut(dir, chain());
        List<List<String>> settings = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            settings.add(i % 2 == 0 ? List.of() : List.of("--opsdb.migrations.version-table=public.alembic_version"));
        }
        String refusal = "Version table public.alembic_version does not exist (version-table=public.alembic_version),"
                + " but " + SCHEMA_USER + ".alembic_version does, on the search path; correct the setting, or move that"
                + " table to schema public\n";
        List<String> failures = new ArrayList<>();
        for (int round = 1; round <= rounds(); round++) {
            emptyDatabaseWithUserSchema();
            List<ConsoleResult> results = upgradeAtOnce(settings, java.util.Collections.nCopies(6, SCHEMA_USER));
            List<String> applied = appliedEverywhere();
            List<String> tables = applied.stream().filter(l -> l.contains(".")).toList();
            boolean ok = results.stream().allMatch(r -> r.exitCode() == 0 && r.stderr().isEmpty()
                    || r.equals(new ConsoleResult("", refusal, 1)))
                    && applied.subList(tables.size(), applied.size()).equals(List.of(A + " up true", B + " up true",
                    C + " up true")) && tables.size() == 5
                    && tables.stream().filter(t -> t.endsWith(".alembic_version")).count() == 1;
            if (!ok) {
                failures.add("round " + round + ": " + applied + " " + results);
            }
        }
        System.out.println("A schema named after the user, 6 consoles: " + (rounds() - failures.size()) + "/"
                + rounds() + " rounds applied every revision once");
        assertThat(failures).isEmpty();
    }

    @Test
    void aConsoleWaitingLongerThanTheLockTimeoutExitsOneWithOneLine() throws Exception {
        Revisions.layOut(dir, chain());
        CRC32 crc = new CRC32();
        crc.update("alembic_version".getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
        ConsoleResult result = upgradeWithBeta("CREATE TABLE beta (id int);\n"
                + "-- outside-transaction\nCREATE INDEX CONCURRENTLY beta_id ON beta (id);\n"
                + "CREATE INDEX CONCURRENTLY beta_nosuch ON beta (nosuch);\n-- end-outside-transaction");
        assertThat(result.timed()).isEqualTo(new ConsoleResult(BETA_FAILED, "Revision " + B + " (" + dir + "/" + B
                + "_create_beta.sql) failed in upgrade at line 10: ERROR: column \"nosuch\" does not exist; statement: CREATE INDEX CONCURRENTLY"
                + " beta_nosuch ON beta (nosuch); the revision is partly applied: line 7 (CREATE TABLE beta (id int))"
                + " and line 9 (CREATE INDEX CONCURRENTLY beta_id ON beta (id)) committed before the failure, and the"
                + " version table still holds " + A + "; undo them by hand, or make them idempotent (IF NOT EXISTS,"
                + " IF EXISTS), then run upgrade again\n", 1));
        // exactly what the line names: the table beta and its index beta_id, without the version row
        assertThat(strings("SELECT version_num FROM alembic_version")).containsExactly(A);
        assertThat(strings("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"))
                .containsExactly("alembic_version", "alpha", "beta", "opsdb_migration_history");
        assertThat(strings("SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND tablename = 'beta'"))
                .containsExactly("beta_id");
        assertThat(strings("SELECT revision || ' ' || direction || ' ' || success FROM opsdb_migration_history"
                + " ORDER BY id")).containsExactly(A + " up true", B + " up false");
    }

    /** Standard output of {@code upgrade head} when A committed and B ("index beta") failed. */
    private static final String BETA_FAILED = "Running upgrade  -> " + A + ", create alpha ... done in N ms\n"
            + "Running upgrade " + A + " -> " + B + ", index beta ... failed\nUpgrade failed after committing 1"
            + " revision: " + A + "\n";

    /** {@code upgrade head} in a child console over A → B, B ("index beta") upgrading with {@code upgrade}. */
    private ConsoleResult upgradeWithBeta(String upgrade) throws Exception {
        Map<String, String> files = new LinkedHashMap<>(chain());
        files.put(B + "_create_beta.sql", sql(B, A, "index beta", upgrade, "DROP TABLE beta;"));
        Revisions.layOut(dir, files);
        return ChildConsole.start(console("upgrade", "head")).await(120);
    }

    /** A failed {@code CREATE INDEX CONCURRENTLY} leaves no INVALID index: the runtime drops it, the line says so. */
    @Test
    void aFailedConcurrentIndexBuildHasItsInvalidIndexDroppedAndTheLineSaysSo() throws Exception {
        ConsoleResult result = upgradeWithBeta("CREATE TABLE beta (id int, code text);\n"
                + "INSERT INTO beta VALUES (1, 'x'), (2, 'x');\n-- outside-transaction\n"
                + "CREATE UNIQUE INDEX CONCURRENTLY beta_code ON beta (code);\n-- end-outside-transaction");
        assertThat(result.timed()).isEqualTo(new ConsoleResult(BETA_FAILED, "Revision " + B + " (" + dir + "/" + B
                + "_create_beta.sql) failed in upgrade at line 10: ERROR: could not create unique index \"beta_code\"; statement: CREATE UNIQUE"
                + " INDEX CONCURRENTLY beta_code ON beta (code); dropped the invalid index beta_code that the failed"
                + " CREATE INDEX CONCURRENTLY left; the revision is partly applied: line 7 (CREATE TABLE beta (id int,"
                + " code text)) and line 8 (INSERT INTO beta VALUES (1, 'x'), (2, 'x')) committed before the failure,"
                + " and the version table still holds " + A + "; undo them by hand, or make them idempotent (IF NOT"
                + " EXISTS, IF EXISTS), then run upgrade again\n", 1));
        assertThat(strings("SELECT count(*) FROM pg_index WHERE NOT indisvalid")).containsExactly("0");
        assertThat(strings("SELECT count(*) FROM pg_indexes WHERE schemaname = 'public' AND tablename = 'beta'"))
                .containsExactly("0");
        assertThat(strings("SELECT version_num FROM alembic_version")).containsExactly(A);
        assertThat(strings("SELECT count(*) FROM beta")).containsExactly("2");
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

package org.opsdb.migrations.shell.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsdb.migrations.shell.reliability.Revisions.A;
import static org.opsdb.migrations.shell.reliability.Revisions.B;
import static org.opsdb.migrations.shell.reliability.Revisions.sql;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.shell.ConsoleResult;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * {@code lint --trace} in a child JVM: after the static findings, the pending revisions are applied on a scratch
 * database created beside the connected one and traced; standard output holds the finding lines, the report (held
 * milliseconds masked as {@code N ms}) and the {@code lock-held-across-scan} lines, and the exit code counts both
 * kinds of findings. The scratch database is gone afterwards, also when a revision fails in the trace; a user
 * without CREATEDB and {@code --pg-version} are one line and exit 1. Revision A creates {@code obs}, B changes it
 * (the tracer fills {@code obs} with 1000 rows before B).
 */
@FreshDatabase
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class LintTraceCommandTest {

    private static final String SCRATCH_DATABASES =
            "SELECT count(*) FROM pg_database WHERE datname LIKE 'opsdb\\_trace\\_%'";
    private static final String NO_CREATEDB = "opsdb_trace_test_no_createdb";

    private final TestDatabase db;
    @TempDir
    Path dir;

    LintTraceCommandTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    @AfterEach
    void emptyDatabase() {
        DatabaseSnapshot.execute(db, "DROP SCHEMA public CASCADE; CREATE SCHEMA public; DROP ROLE IF EXISTS "
                + NO_CREATEDB);
    }

    private void layOut(String upgrade) {
        Revisions.layOut(dir, Map.of(
                A + "_create_obs.sql", sql(A, null, "create obs", "CREATE TABLE obs (id int PRIMARY KEY, code text);",
                        "DROP TABLE obs;"),
                B + "_change_obs.sql", sql(B, A, "change obs", upgrade, null)));
    }

    private String file() {
        return dir.resolve(B + "_change_obs.sql").toString();
    }

    private ConsoleResult console(String... command) throws InterruptedException {
        return ChildConsole.start(ChildConsole.arguments(db, dir, command)).await(120);
    }

    private long scratchDatabases() {
        try (Connection c = db.openConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(SCRATCH_DATABASES)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The result with each report line's held milliseconds as {@code N ms}. */
    private static ConsoleResult masked(ConsoleResult result) {
        return new ConsoleResult(result.stdout().replaceAll("(?m)\\d+ ms$", "N ms"), result.stderr(),
                result.exitCode());
    }

    @Test
    void plainDdlOnAPopulatedTablePrintsTheFindingsTheReportAndTheLockFindings() throws InterruptedException {
        layOut("CREATE INDEX obs_code_idx ON obs (code);\nALTER TABLE obs ALTER COLUMN code SET NOT NULL;");
        assertThat(console("upgrade", A).exitCode()).isZero();

        assertThat(masked(console("lint", "--trace"))).isEqualTo(new ConsoleResult(String.join("\n",
                file() + ":7: [index-without-concurrently] CREATE INDEX obs_code_idx on obs without CONCURRENTLY,"
                        + " blocks every write to the table for the whole build; safe form: CREATE INDEX CONCURRENTLY"
                        + " in an outside-transaction block",
                file() + ":8: [set-not-null] SET NOT NULL on obs.code, scans the whole table under ACCESS EXCLUSIVE;"
                        + " safe form: ALTER TABLE obs ADD CONSTRAINT obs_code_not_null CHECK (code IS NOT NULL) NOT"
                        + " VALID; then ALTER TABLE obs VALIDATE CONSTRAINT obs_code_not_null in its own transaction;"
                        + " then ALTER TABLE obs ALTER COLUMN code SET NOT NULL (PostgreSQL 12+ skips the scan); then"
                        + " ALTER TABLE obs DROP CONSTRAINT obs_code_not_null",
                "",
                "Revision " + B + " (" + file() + "): change obs",
                "  line  statement                                       table  lock              rewrite  scan      "
                        + " held",
                "  7     CREATE INDEX obs_code_idx ON obs (code)         obs    SHARE             no       1000 rows "
                        + " N ms",
                "  8     ALTER TABLE obs ALTER COLUMN code SET NOT NULL  obs    ACCESS EXCLUSIVE  no       1000 rows "
                        + " N ms",
                "",
                file() + ":7: [lock-held-across-scan] SHARE lock on obs held across a scan of obs (1000 rows), which"
                        + " blocks every write to obs until the commit; safe form: build the index with CREATE [UNIQUE]"
                        + " INDEX CONCURRENTLY in an outside-transaction block (then ADD CONSTRAINT … USING INDEX)",
                file() + ":8: [lock-held-across-scan] ACCESS EXCLUSIVE lock on obs held across a scan of obs (1000"
                        + " rows), which blocks every read and write of obs until the commit; safe form: ADD CHECK"
                        + " (column IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT in its own transaction, then SET NOT"
                        + " NULL (PostgreSQL 12+ skips the scan) and drop the check",
                ""), "", 2));
        assertThat(scratchDatabases()).isZero();
    }

    @Test
    void theSafeFormsAreCleanAndTheReportIsPrinted() throws InterruptedException {
        layOut(String.join("\n",
                "-- outside-transaction",
                "CREATE INDEX CONCURRENTLY obs_code_idx ON obs (code);",
                "-- end-outside-transaction",
                "ALTER TABLE obs ADD CONSTRAINT obs_code_not_null CHECK (code IS NOT NULL) NOT VALID;",
                "-- outside-transaction",
                "ALTER TABLE obs VALIDATE CONSTRAINT obs_code_not_null;",
                "ALTER TABLE obs ALTER COLUMN code SET NOT NULL;",
                "ALTER TABLE obs DROP CONSTRAINT obs_code_not_null;",
                "-- end-outside-transaction"));
        assertThat(console("upgrade", A).exitCode()).isZero();

        assertThat(masked(console("lint", "--trace"))).isEqualTo(new ConsoleResult(String.join("\n",
                "Revision " + B + " (" + file() + "): change obs",
                "  line  statement                                                     table  lock                   "
                        + " rewrite  scan       held",
                "  8     CREATE INDEX CONCURRENTLY obs_code_idx ON obs (code)          obs    SHARE UPDATE EXCLUSIVE "
                        + " no       2000 rows  N ms",
                "  10    ALTER TABLE obs ADD CONSTRAINT obs_code_not_null CHECK (cod…  obs    ACCESS EXCLUSIVE       "
                        + " no       -          N ms",
                "  12    ALTER TABLE obs VALIDATE CONSTRAINT obs_code_not_null         obs    SHARE UPDATE EXCLUSIVE "
                        + " no       1000 rows  N ms",
                "  13    ALTER TABLE obs ALTER COLUMN code SET NOT NULL                obs    ACCESS EXCLUSIVE       "
                        + " no       -          N ms",
                "  14    ALTER TABLE obs DROP CONSTRAINT obs_code_not_null             obs    ACCESS EXCLUSIVE       "
                        + " no       -          N ms",
                ""), "No lint findings in 1 revision\n", 0));
        assertThat(scratchDatabases()).isZero();
    }

    @Test
    void aRevisionThatFailsInTheTraceExitsOneAndLeavesNoScratchDatabase() throws InterruptedException {
        layOut("ALTER TABLE obs ADD CONSTRAINT obs_code_x CHECK (code = 'x') NOT VALID;\n"
                + "ALTER TABLE obs VALIDATE CONSTRAINT obs_code_x;");
        assertThat(console("upgrade", A).exitCode()).isZero();

        assertThat(console("lint", "--trace")).isEqualTo(new ConsoleResult("", "Revision " + B + " (" + file()
                + ") failed in upgrade at line 8: ERROR: check constraint \"obs_code_x\" of relation \"obs\" is violated"
                + " by some row; statement: ALTER TABLE obs VALIDATE CONSTRAINT obs_code_x\n", 1));
        assertThat(scratchDatabases()).isZero();
    }

    @Test
    void aUserWhoMayNotCreateADatabaseGetsOneLineNamingThePrivilege() throws InterruptedException {
        layOut("CREATE INDEX obs_code_idx ON obs (code);");
        assertThat(console("upgrade", A).exitCode()).isZero();
        DatabaseSnapshot.execute(db, "CREATE ROLE " + NO_CREATEDB + " LOGIN PASSWORD 'x'; GRANT USAGE ON SCHEMA public TO "
                + NO_CREATEDB + "; GRANT SELECT ON ALL TABLES"
                + " IN SCHEMA public TO " + NO_CREATEDB);

        assertThat(ChildConsole.start("--url", db.jdbcUrl(), "--user", NO_CREATEDB, "--password", "x", "--location",
                dir.toString(), "lint", "--trace").await(120)).isEqualTo(new ConsoleResult("", "Command 'lint --trace'"
                        + " needs a scratch database: user " + NO_CREATEDB + " may not create one (CREATEDB); grant"
                        + " it, or run the trace through the test kit's LOCK_SAFETY\n", 1));
        assertThat(scratchDatabases()).isZero();
    }

    @Test
    void traceWithAServerVersionIsOneLine() throws InterruptedException {
        layOut("CREATE INDEX obs_code_idx ON obs (code);");

        assertThat(ChildConsole.start("--location", dir.toString(), "lint", "--trace", "--pg-version", "15")
                .await(120)).isEqualTo(new ConsoleResult("", "Command 'lint --trace' needs a database (it traces on a"
                        + " scratch database beside it): leave out --pg-version, or lint offline without --trace\n",
                        1));
    }
}

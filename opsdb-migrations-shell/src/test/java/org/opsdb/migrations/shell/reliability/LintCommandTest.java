package org.opsdb.migrations.shell.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsdb.migrations.shell.reliability.Revisions.A;
import static org.opsdb.migrations.shell.reliability.Revisions.B;
import static org.opsdb.migrations.shell.reliability.Revisions.C;
import static org.opsdb.migrations.shell.reliability.Revisions.sql;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opsdb.migrations.shell.ConsoleResult;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * {@code lint} as a CI job runs it, the console in a child JVM: the findings of the revisions not yet applied (or of
 * a range, or offline with {@code --pg-version}) one line each on standard output and exit 2; exit 0 with nothing
 * on standard output when clean; exit 1 with one line on standard error and nothing on standard output when the
 * command itself is wrong; {@code upgrade} prints the findings of what it applies as warnings on standard error, or
 * with {@code opsdb.migrations.lint=fail} refuses before anything runs. Revision A creates {@code obs}, B indexes it without CONCURRENTLY (line 7), C creates a
 * new table (clean).
 */
@FreshDatabase
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class LintCommandTest {

    private final TestDatabase db;
    @TempDir
    Path dir;

    LintCommandTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void chainOnAnEmptyDatabase() {
        DatabaseSnapshot.execute(db, "DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        Revisions.layOut(dir, Map.of(
                A + "_create_obs.sql", sql(A, null, "create obs", "CREATE TABLE obs (id int PRIMARY KEY, code text);",
                        "DROP TABLE obs;"),
                B + "_index_obs.sql", sql(B, A, "index obs", "CREATE INDEX obs_code_idx ON obs (code);",
                        "DROP INDEX obs_code_idx;"),
                C + "_create_gamma.sql", sql(C, B, "gamma")));
    }

    private String finding() {
        return dir.resolve(B + "_index_obs.sql") + ":7: [index-without-concurrently] CREATE INDEX obs_code_idx on obs"
                + " without CONCURRENTLY, blocks every write to the table for the whole build; safe form: CREATE INDEX"
                + " CONCURRENTLY in an outside-transaction block\n";
    }

    private ConsoleResult console(String... command) throws InterruptedException {
        return ChildConsole.start(ChildConsole.arguments(db, dir, command)).await(120);
    }

    private ConsoleResult offline(String... command) throws InterruptedException {
        List<String> args = new java.util.ArrayList<>(List.of("--location", dir.toString()));
        args.addAll(List.of(command));
        return ChildConsole.start(args.toArray(String[]::new)).await(120);
    }

    @Test
    void pendingRevisionsWithAFindingExitTwoWithTheFindingLine() throws InterruptedException {
        assertThat(console("upgrade", A).exitCode()).isZero();
        List<String> before = DatabaseSnapshot.capture(db);

        assertThat(console("lint")).isEqualTo(new ConsoleResult(finding(), "", 2));
        assertThat(DatabaseSnapshot.capture(db)).isEqualTo(before);
    }

    @Test
    void cleanPendingRevisionsExitZero() throws InterruptedException {
        assertThat(console("upgrade", B).exitCode()).isZero();

        assertThat(console("lint")).isEqualTo(new ConsoleResult("", "No lint findings in 1 revision\n", 0));
    }

    @Test
    void aRangeIsLintedAsHistoryTakesIt() throws InterruptedException {
        assertThat(console("lint", A + ":heads")).isEqualTo(new ConsoleResult(finding(), "", 2));
    }

    @Test
    void offlineWithAServerVersionLintsEveryRevision() throws InterruptedException {
        assertThat(offline("lint", "--pg-version", "15")).isEqualTo(new ConsoleResult(finding(), "", 2));
        assertThat(offline("lint", C + ":heads", "--pg-version", "150004"))
                .isEqualTo(new ConsoleResult("", "No lint findings in 1 revision\n", 0));
    }

    @Test
    void upgradePrintsEachFindingOfTheRevisionsItAppliesAsAWarning() throws InterruptedException {
        assertThat(console("upgrade", A).exitCode()).isZero();

        assertThat(console("upgrade", "heads").timed()).isEqualTo(new ConsoleResult("Running upgrade " + A + " -> " + B
                + ", index obs ... done in N ms\nRunning upgrade " + B + " -> " + C + ", create gamma ... done in N ms\n"
                + "Upgraded 2 revisions in N ms; now at " + C + " (head)\n", "WARN " + finding(), 0));
    }

    @Test
    void upgradeWithLintFailRefusesBeforeAnythingRuns() throws InterruptedException {
        assertThat(console("upgrade", A).exitCode()).isZero();
        List<String> before = DatabaseSnapshot.capture(db);

        assertThat(console("--opsdb.migrations.lint=fail", "upgrade", "heads")).isEqualTo(new ConsoleResult("",
                "Can't upgrade: the pending revisions have 1 lint finding, the first: " + finding().strip()
                        + "; set opsdb.migrations.lint=warn to run it anyway, or allow the finding in the script"
                        + " with a reason\n", 1));
        assertThat(DatabaseSnapshot.capture(db)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "lint head|Command 'lint' takes a range FROM:TO (e.g. base:heads, a1b2:head), got 'head'",
            "lint --pg-version fifteen|Invalid --pg-version 'fifteen': give a PostgreSQL major version (15) or a"
                    + " server_version_num (150004)",
            "lint ffffffffffff:heads|Can't locate revision identified by 'ffffffffffff'"})
    void aWrongCommandExitsOneWithOneLine(String command, String error) throws InterruptedException {
        assertThat(console(command.split(" "))).isEqualTo(new ConsoleResult("", error + "\n", 1));
    }

    @Test
    void withoutADatabaseOrAServerVersionExitsOne() throws InterruptedException {
        assertThat(offline("lint")).isEqualTo(new ConsoleResult("", "Command 'lint' needs a database (--url,"
                + " spring.datasource.url) or --pg-version N to lint offline\n", 1));
    }
}

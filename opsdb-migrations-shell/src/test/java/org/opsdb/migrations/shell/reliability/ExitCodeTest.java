package org.opsdb.migrations.shell.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsdb.migrations.shell.reliability.Revisions.A;
import static org.opsdb.migrations.shell.reliability.Revisions.B;
import static org.opsdb.migrations.shell.reliability.Revisions.C;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opsdb.migrations.shell.ConsoleResult;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * Exit codes a CI job relies on, with the console in child JVMs as {@code bin/opsdb} runs it: an answer that cannot
 * be written to standard output ({@code upgrade --sql > /dev/full}) and a {@code script} whose command fails each
 * exit 1 with one line on standard error (both used to exit 0).
 */
@FreshDatabase
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ExitCodeTest {

    private final TestDatabase db;
    @TempDir
    Path dir;

    ExitCodeTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void chainOnAnEmptyDatabase() {
        DatabaseSnapshot.execute(db, "DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        Revisions.layOut(dir, Revisions.chain());
    }

    private String[] console(String... command) {
        return ChildConsole.arguments(db, dir, command);
    }

    @ParameterizedTest(name = "{0} > /dev/full")
    @ValueSource(strings = {"upgrade head --sql", "history", "heads"})
    @EnabledOnOs(OS.LINUX)
    void anAnswerThatCannotBeWrittenExitsOneWithOneLine(String command) throws InterruptedException {
        List<String> before = DatabaseSnapshot.capture(db);

        ConsoleResult result = ChildConsole.startWithStandardOutput(new File("/dev/full"),
                console(command.split(" "))).await(120);

        assertThat(result).isEqualTo(new ConsoleResult("",
                "Cannot write to standard output: No space left on device\n", 1));
        assertThat(DatabaseSnapshot.capture(db)).isEqualTo(before);
    }

    @Test
    void anUpgradeWhoseProgressCannotBeWrittenStillAppliesAndExitsOne() throws InterruptedException {
        ConsoleResult result = ChildConsole.startWithStandardOutput(new File("/dev/full"),
                console("upgrade", "head")).await(120);

        assertThat(result).isEqualTo(new ConsoleResult("",
                "Cannot write to standard output: No space left on device\n", 1));
        assertThat(DatabaseSnapshot.capture(db)).anyMatch(row -> row.contains(C));
    }

    @Test
    void aScriptWhoseCommandFailsExitsOneAfterTheCommandsBeforeIt() throws IOException, InterruptedException {
        Path script = dir.resolveSibling(dir.getFileName() + "-deploy.opsdb");
        Files.writeString(script, "upgrade " + B + "\nupgrade " + A + "\nupgrade head\n");
        try {
            ConsoleResult result = ChildConsole.start(console("script", "--file", script.toString())).await(120);

            assertThat(result.timed()).isEqualTo(new ConsoleResult("Running upgrade  -> " + A + ", create alpha ..."
                    + " done in N ms\nRunning upgrade " + A + " -> " + B + ", create beta ... done in N ms\n"
                    + "Upgraded 2 revisions in N ms; now at " + B + "\n",
                    script + ":2: 'upgrade " + A + "': Can't upgrade to " + A + ": it is below the current head " + B
                            + "; use 'downgrade " + A + "'\n", 1));
            assertThat(DatabaseSnapshot.capture(db)).noneMatch(row -> row.contains(C));
        } finally {
            Files.delete(script);
        }
    }
}

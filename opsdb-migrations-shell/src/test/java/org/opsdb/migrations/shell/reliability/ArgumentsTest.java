package org.opsdb.migrations.shell.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsdb.migrations.shell.reliability.Revisions.A;
import static org.opsdb.migrations.shell.reliability.Revisions.C;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opsdb.migrations.shell.ConsoleResult;
import org.opsdb.migrations.shell.InProcessConsole;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * Command lines the console must refuse rather than half-understand, on a database at head: a positional argument
 * beyond those the command takes (every command; {@code stamp base c30000000003} used to empty the version table)
 * and an {@code upgrade FROM:TO --sql} range that goes backwards (used to print an empty script and exit 0).
 * Each: one line on standard error, nothing on standard output, exit 1, database and revision files unchanged.
 */
@ResourceLock(InProcessConsole.SPRING_CONTEXT)
@FreshDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class ArgumentsTest {

    private final TestDatabase db;
    private final Path dir;
    private InProcessConsole console;

    ArgumentsTest(TestDatabase db) throws IOException {
        this.db = db;
        this.dir = Files.createTempDirectory("opsdb-arguments");
    }

    @BeforeAll
    void start() {
        console = new InProcessConsole("opsdb.migrations.locations=" + dir, "spring.datasource.url=" + db.jdbcUrl(),
                "spring.datasource.username=" + db.username(), "spring.datasource.password=" + db.password());
    }

    @AfterAll
    void close() throws IOException {
        console.close();
        Revisions.layOut(dir, Map.of());
        Files.delete(dir);
    }

    @BeforeEach
    void atHead() {
        DatabaseSnapshot.execute(db, "DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        Revisions.layOut(dir, Revisions.chain());
        assertThat(console.run("upgrade head").exitCode()).isZero();
    }

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void refused(String command, String error) throws IOException {
        List<String> before = DatabaseSnapshot.capture(db);
        List<String> files = files();

        ConsoleResult result = console.run(command);

        assertThat(result).isEqualTo(new ConsoleResult("", error + "\n", 1));
        assertThat(DatabaseSnapshot.capture(db)).isEqualTo(before);
        assertThat(files()).isEqualTo(files);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            stamp base c30000000003               | stamp     | c30000000003 | one
            downgrade base extra                  | downgrade | extra        | one
            downgrade -1 -2                       | downgrade | -2           | one
            upgrade head extra                    | upgrade   | extra        | one
            upgrade a10000000001:head extra --sql | upgrade   | extra        | one
            show a10000000001 b20000000002        | show      | b20000000002 | one
            migrate head                          | migrate   | head         | none
            roundtrip extra                       | roundtrip | extra        | none
            current extra                         | current   | extra        | none
            heads extra                           | heads     | extra        | none
            branches extra                        | branches  | extra        | none
            history base:head                     | history   | base:head    | none
            check extra                           | check     | extra        | none
            init extra                            | init      | extra        | none
            diff extra                            | diff      | extra        | none
            revision -m msg extra                 | revision  | extra        | none
            """)
    void aSurplusArgumentIsRefused(String command, String name, String surplus, String takes) throws IOException {
        refused(command, "Unexpected argument '" + surplus + "' for command '" + name + "', which takes " + takes
                + "; run 'help " + name + "' for its usage");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            upgrade c30000000003:a10000000001 --sql | a10000000001 | c30000000003
            upgrade b20000000002:a10000000001 --sql | a10000000001 | b20000000002
            upgrade a10000000001 --sql              | a10000000001 | c30000000003
            """)
    void aBackwardsUpgradeRangeIsRefused(String command, String target, String start) throws IOException {
        String range = command.substring("upgrade ".length(), command.length() - " --sql".length());
        refused(command, "Can't upgrade to " + target + ": it is below " + start + ", the start of the range; use"
                + " 'downgrade " + range + " --sql'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            upgrade c30000000003:head --sql
            upgrade head --sql
            """)
    void anUpgradeRangeThatIsAlreadyThereIsNoError(String command) {
        assertThat(console.run(command).exitCode()).isZero();
    }

    @Test
    void mergeStillTakesAnyNumberOfRevisions() throws IOException {
        Revisions.layOut(dir, with("d40000000004_side.sql", Revisions.sql("d40000000004", A, "side")));
        ConsoleResult result = console.runWords("merge", "-m", "join", C, "d40000000004");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(files()).hasSize(5);
    }

    private static Map<String, String> with(String name, String content) {
        Map<String, String> files = new LinkedHashMap<>(Revisions.chain());
        files.put(name, content);
        return files;
    }
}

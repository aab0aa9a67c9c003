package org.opsdb.migrations.shell.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsdb.migrations.shell.reliability.Revisions.A;
import static org.opsdb.migrations.shell.reliability.Revisions.B;
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
            fleet upgrade head extra              | fleet upgrade | extra    | one
            fleet current heads extra             | fleet current | extra    | one
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            revision -m one -m two                       | revision  | message    | m
            revision --message one -m two                | revision  | message    | m
            revision -m one --head head --head c30000000003 | revision | head      |
            merge -m one -m two heads                    | merge     | message    | m
            upgrade head --sql --sql                     | upgrade   | sql        |
            downgrade -1 --sql --sql                     | downgrade | sql        |
            history -r base:head -r a10000000001:head    | history   | rev-range  | r
            diff --from x --from y --to z                | diff      | from       |
            script --file one -f two                     | script    | file       | f
            """)
    void anOptionGivenTwiceIsRefused(String command, String name, String option, String shortName)
            throws IOException {
        // Spring Shell kept one of the two values: 'revision -m one -m two' wrote a revision named 'one'
        refused(command, "Option '--" + option + "'" + (shortName == null ? "" : " (-" + shortName + ")")
                + " given twice for command '" + name + "', which takes it once; run 'help " + name
                + "' for its usage");
    }

    @Test
    void aRepeatableOptionStillTakesSeveralValues() throws IOException {
        ConsoleResult result = console.runWords("revision", "-m", "deps", "--depends-on", A,
                "--depends-on", "b20000000002");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        Path written = Path.of(result.stdout().strip());
        assertThat(Files.readString(written)).contains("-- depends_on: " + A + ", b20000000002\n");
        assertThat(files()).hasSize(4);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            upgrade -1
            upgrade -2 --sql
            """)
    void aWalkDownIsNoUpgrade(String command) throws IOException {
        // the mirror of 'downgrade +1'; it used to print "Nothing to upgrade" and exit 0
        String target = command.split(" ")[1];
        refused(command, "Relative revision " + target + " can't be an upgrade target; use +N, a revision or head,"
                + " or 'downgrade " + target + "' to go down");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            a10000000001
            b20000000002
            head-1
            base
            """)
    void anUpgradeToARevisionBelowTheCurrentHeadIsRefused(String target) throws IOException {
        // as 'downgrade' refuses a revision that is not applied; it used to print "Nothing to upgrade" and exit 0
        refused("upgrade " + target, "Can't upgrade to " + target + ": it is below the current head " + C
                + "; use 'downgrade " + target + "'");
    }

    @Test
    void anUpgradeToTheCurrentHeadIsStillNothingToDo() {
        ConsoleResult result = console.run("upgrade " + C);
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).startsWith("Nothing to upgrade");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            merge -m join heads                     | Nothing to merge: 'heads' names one revision (c30000000003); a merge needs two or more revisions on different branches
            merge -m join c30000000003 c3000        | Nothing to merge: 'c30000000003', 'c3000' name one revision (c30000000003); a merge needs two or more revisions on different branches
            merge -m join a10000000001 c30000000003 | Can't merge a10000000001 with c30000000003: c30000000003 already descends from a10000000001; a merge joins revisions on different branches
            """)
    void aMergeOfFewerThanTwoBranchesIsRefused(String command, String error) throws IOException {
        // it used to write a revision with one parent, or with a parent and its own ancestor
        refused(command, error);
    }

    @Test
    void aScriptStopsAtTheFirstCommandThatFailsAndExitsOneNamingTheFileLineAndCommand() throws IOException {
        String current = console.run("current").stdout();
        Path script = writeScript("# deploy", "current", "", "upgrade -1", "downgrade base");
        List<String> before = DatabaseSnapshot.capture(db);

        ConsoleResult result = console.run("script --file " + script);

        // what ran before it printed its answer; 'downgrade base' after it never ran (it used to run, and exit 0)
        assertThat(result).isEqualTo(new ConsoleResult(current, script + ":4: 'upgrade -1': Relative revision -1"
                + " can't be an upgrade target; use +N, a revision or head, or 'downgrade -1' to go down\n", 1));
        assertThat(DatabaseSnapshot.capture(db)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            upgrad head                          | Unknown command 'upgrad'; run 'help' to list the commands
            upgrade head --sq                    | Unknown option '--sq' for command 'upgrade'; run 'help upgrade' to list its options
            downgrade 0123456789ab               | Can't locate revision identified by '0123456789ab'
            stamp base c30000000003              | Unexpected argument 'c30000000003' for command 'stamp', which takes one; run 'help stamp' for its usage
            """)
    void aScriptStopsAtACommandThatIsRefused(String command, String error) throws IOException {
        Path script = writeScript("history", command, "downgrade base");
        List<String> before = DatabaseSnapshot.capture(db);
        String history = console.run("history").stdout();

        ConsoleResult result = console.run("script --file " + script);

        assertThat(result).isEqualTo(new ConsoleResult(history, script + ":2: '" + command + "': " + error + "\n", 1));
        assertThat(DatabaseSnapshot.capture(db)).isEqualTo(before);
    }

    @Test
    void aScriptThatSucceedsRunsEveryCommandAndExitsZero() throws IOException {
        Path script = writeScript("// round trip, with a quoted message and a continued line", "downgrade -1",
                "upgrade \\", "  head", "current");

        ConsoleResult result = console.run("script --file " + script);

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stderr()).isEmpty();
        assertThat(result.stdout()).contains("Running downgrade " + C + " -> " + B, "Running upgrade " + B + " -> " + C)
                .endsWith(console.run("current").stdout());
    }

    @Test
    void aScriptFileThatDoesNotExistIsOneLine() throws IOException {
        Path missing = dir.resolveSibling("opsdb-no-such-script.txt");
        refused("script --file " + missing, "Script file " + missing + " does not exist (" + missing + ")");
        refused("script", "Command 'script' needs a file: script --file FILE");
    }

    private Path writeScript(String... lines) throws IOException {
        Path script = Files.createTempFile("opsdb-script", ".txt");
        script.toFile().deleteOnExit();
        Files.writeString(script, String.join("\n", lines) + "\n");
        return script;
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

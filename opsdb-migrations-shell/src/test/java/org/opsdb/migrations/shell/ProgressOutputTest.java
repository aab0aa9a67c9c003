package org.opsdb.migrations.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.opsdb.migrations.shell.console.OneShotRunner;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * What the one-shot console prints while it works, on a real PostgreSQL: each revision when it starts and its
 * time when done, streamed (seen while the next revision is still blocked), a summary line, "nothing to do" on
 * standard error for {@code current} and {@code upgrade --sql}, {@code help} synopses and {@code version}.
 */
@FreshDatabase
@ResourceLock(InProcessConsole.SPRING_CONTEXT)
class ProgressOutputTest {

    private static final String A = "a10000000001";
    private static final String B = "b20000000002";

    private final TestDatabase db;
    private InProcessConsole console;

    @TempDir
    Path location;

    ProgressOutputTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void start() throws Exception {
        revision(A, "", "create alpha", "CREATE TABLE alpha (id int);", "DROP TABLE alpha;");
        revision(B, A, "fill gate", "INSERT INTO gate VALUES (1);", "DELETE FROM gate;");
        try (Connection c = db.openConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS gate; CREATE TABLE gate (id int)");
        }
        console = new InProcessConsole("opsdb.migrations.locations=" + location,
                "spring.datasource.url=" + db.jdbcUrl(), "spring.datasource.username=" + db.username(),
                "spring.datasource.password=" + db.password());
    }

    @AfterEach
    void stop() {
        console.close();
    }

    private void revision(String id, String down, String message, String upgrade, String downgrade)
            throws Exception {
        Files.writeString(location.resolve(id + "_" + message.replace(' ', '_') + ".sql"), """
                -- revision: %s
                -- down_revision: %s
                -- message: %s
                -- create_date: 2026-12-01T10:00:00Z

                -- upgrade
                %s

                -- downgrade
                %s
                """.formatted(id, down, message, upgrade, downgrade));
    }

    @Test
    void eachRevisionIsPrintedWhenItStartsAndWhenItEndsBeforeTheNextOneFinishes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OneShotRunner runner = console.context().getBean(OneShotRunner.class);
        CompletableFuture<Integer> run;
        try (Connection lock = db.openConnection(); Statement s = lock.createStatement()) {
            lock.setAutoCommit(false);
            s.execute("LOCK TABLE gate IN ACCESS EXCLUSIVE MODE");
            run = CompletableFuture.supplyAsync(() -> runner.run(List.of("upgrade", "head"),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                            StandardCharsets.UTF_8)));
            String second = "Running upgrade " + A + " -> " + B + ", fill gate ... ";
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!out.toString(StandardCharsets.UTF_8).endsWith(second) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            // the second revision is blocked on the lock this test holds: the first is already reported in full
            assertThat(run).isNotDone();
            assertThat(out.toString(StandardCharsets.UTF_8)).matches("Running upgrade  -> " + A
                    + ", create alpha \\.\\.\\. done in \\d+ ms\n" + java.util.regex.Pattern.quote(second));
            lock.rollback();
        }
        assertThat(run.get()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8)).matches("Running upgrade  -> " + A
                + ", create alpha \\.\\.\\. done in \\d+ ms\nRunning upgrade " + A + " -> " + B
                + ", fill gate \\.\\.\\. done in \\d+ ms\nUpgraded 2 revisions in \\d+ ms; now at " + B + " \\(head\\)\n");
    }

    @Test
    void downgradeAndNothingToDo() {
        assertThat(console.run("upgrade head").exitCode()).isZero();
        assertThat(console.run("upgrade head")).isEqualTo(new ConsoleResult("Nothing to upgrade; at " + B
                + " (head)\n", "", 0));
        ConsoleResult down = console.run("downgrade base");
        assertThat(down.stdout()).matches("Running downgrade " + B + " -> " + A + ", fill gate \\.\\.\\. done in \\d+ ms\n"
                + "Running downgrade " + A + " -> , create alpha \\.\\.\\. done in \\d+ ms\n"
                + "Downgraded 2 revisions in \\d+ ms; now at base\n");
        assertThat(down.stderr()).isEmpty();
        assertThat(console.run("downgrade base")).isEqualTo(new ConsoleResult("Nothing to downgrade; at base\n", "", 0));
    }

    @Test
    void currentAndSqlSayNothingToDoOnStandardError() {
        assertThat(console.run("current")).isEqualTo(new ConsoleResult("",
                "The database is at base: no revision applied\n", 0));
        assertThat(console.run("upgrade --sql " + B + ":" + B)).isEqualTo(new ConsoleResult("",
                "Nothing to upgrade for '" + B + ":" + B + "': no revision in range\n", 0));
        assertThat(console.run("upgrade --sql head").stdout()).contains("CREATE TABLE alpha (id int);");
        assertThat(console.run("upgrade head --sql")).isEqualTo(console.run("upgrade --sql head"));
        assertThat(console.run("upgrade head").exitCode()).isZero();
        assertThat(console.run("upgrade --sql head")).isEqualTo(new ConsoleResult("",
                "Nothing to upgrade for 'head': no revision in range\n", 0));
        assertThat(console.run("current")).isEqualTo(new ConsoleResult(B + " (head)\n", "", 0));
    }

    @Test
    void helpShowsSynopsesWithThePositionalArgument() {
        ConsoleResult list = console.run("help");
        assertThat(list.exitCode()).isZero();
        assertThat(list.stdout()).contains("\n  upgrade          Upgrade to a later revision\n")
                .contains("\n  version          Show the version of opsdb-migrations\n")
                .contains("Fleet Commands\n  fleet check      Compare every target of a fleet with the entity model\n"
                        + "  fleet current    Show the revision of every target of a fleet\n")
                .endsWith("Run 'help <command>' for a command's usage and options.\n");
        assertThat(console.run("help upgrade")).isEqualTo(new ConsoleResult("""
                Usage: upgrade [--sql] <revision>

                Upgrade to a later revision
                <revision>: head, heads, an id, +N, label@head; with --sql also FROM:TO

                Options:
                  --sql  print the SQL instead of running it
                """, "", 0));
        assertThat(console.run("help history").stdout()).startsWith("Usage: history [--verbose] [-r <from>:<to>]\n")
                .contains("\n  -v, --verbose                show every field\n");
        assertThat(console.run("help fleet upgrade").stdout())
                .startsWith("Usage: fleet upgrade <revision> TARGETS [OPTIONS]\n\nUpgrade every target of a fleet\n")
                .contains("\n  --schemas-query ");
        assertThat(console.run("help frobnicate")).isEqualTo(new ConsoleResult("",
                "Unknown command 'frobnicate'; run 'help' to list the commands\n", 1));
    }

    @Test
    void versionIsThisProjectsVersion() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        String version = pom.substring(pom.indexOf("<version>") + 9, pom.indexOf("</version>"));
        assertThat(console.run("version")).isEqualTo(new ConsoleResult("opsdb-migrations " + version + "\n", "", 0));
    }
}

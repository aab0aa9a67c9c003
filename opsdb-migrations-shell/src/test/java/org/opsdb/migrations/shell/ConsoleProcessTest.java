package org.opsdb.migrations.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.consoleapp.v2.ConsoleAppV2;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * The one-shot contract seen from outside, one child JVM per command: exit code, standard output and standard
 * error exactly. Kept few (a JVM per command is slow); the commands themselves are covered in-process by
 * {@link ConsoleCommandsTest}.
 */
@FreshDatabase
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleProcessTest {

    static final Path REVISIONS = Path.of("src/test/resources/db/console").toAbsolutePath();

    private final TestDatabase db;

    ConsoleProcessTest(TestDatabase db) {
        this.db = db;
    }

    private ConsoleResult withDatabase(String... command) {
        String[] args = new String[command.length + 6];
        System.arraycopy(new String[] {"--url", db.jdbcUrl(), "--user", db.username(), "--location",
                REVISIONS.toString()}, 0, args, 0, 6);
        System.arraycopy(command, 0, args, 6, command.length);
        return ConsoleProcess.run(db.password() == null ? Map.of()
                : Map.of("SPRING_DATASOURCE_PASSWORD", db.password()), args);
    }

    private static void fails(ConsoleResult result, String line) {
        assertThat(result).isEqualTo(new ConsoleResult("", line + "\n", 1));
    }

    @Test
    @Order(1)
    void upgradeHeadDowngradeOneAndBack() {
        assertThat(withDatabase("upgrade", "head").timed()).isEqualTo(new ConsoleResult(ConsoleCommandsTest.UPGRADE_ALL
                + "Upgraded 6 revisions in N ms; now at 6f0000000006 (head)\n", "", 0));
        assertThat(withDatabase("downgrade", "-1").timed()).isEqualTo(new ConsoleResult(
                "Running downgrade 6f0000000006 -> 5e0000000005, index instrument telescope ... done in N ms\n"
                        + "Downgraded 1 revision in N ms; now at 5e0000000005\n", "", 0));
        assertThat(withDatabase("upgrade", "head").timed()).isEqualTo(new ConsoleResult(
                "Running upgrade 5e0000000005 -> 6f0000000006, index instrument telescope ... done in N ms\n"
                        + "Upgraded 1 revision in N ms; now at 6f0000000006 (head)\n", "", 0));
        assertThat(withDatabase("current")).isEqualTo(new ConsoleResult("6f0000000006 (head)\n", "", 0));
    }

    @Test
    @Order(2)
    void historyWithoutADatabaseFromTheEnvironment() {
        Map<String, String> env = Map.of("OPSDB_MIGRATIONS_LOCATIONS", REVISIONS.toString());
        assertThat(ConsoleProcess.run(env, "history"))
                .isEqualTo(new ConsoleResult(ConsoleCommandsTest.HISTORY, "", 0));
        assertThat(ConsoleProcess.run(env, "history", "-r", "base:head"))
                .isEqualTo(new ConsoleResult(ConsoleCommandsTest.HISTORY, "", 0));
    }

    @Test
    @Order(3)
    void upgradeSqlIsPureSql() {
        String expected = Migrations.configure().locations(REVISIONS.toString()).load().upgradeSql("head");
        assertThat(ConsoleProcess.run(Map.of(), "--location", REVISIONS.toString(), "upgrade", "head", "--sql"))
                .isEqualTo(new ConsoleResult(expected, "", 0));
        assertThat(expected).startsWith("-- Running upgrade  -> 1a0000000001, create observatory\n\nBEGIN;\n");
    }

    @Test
    @Order(4)
    void unknownCommandAndUnknownRevision() {
        fails(withDatabase("frobnicate"), "Unknown command 'frobnicate'; run 'help' to list the commands");
        fails(withDatabase("upgrade", "abcdef"), "Can't locate revision identified by 'abcdef'");
    }

    @Test
    @Order(5)
    void unreachableDatabaseNamesTheCauseAndNotThePassword() {
        ConsoleResult result = ConsoleProcess.run(Map.of(), "--url", "jdbc:postgresql://127.0.0.1:1/nowhere",
                "--user", "opsdb", "--password", "s3cr3t-pw", "--location", REVISIONS.toString(), "current");
        fails(result, "Cannot connect to the database: Connection to 127.0.0.1:1 refused. Check that the hostname"
                + " and port are correct and that the postmaster is accepting TCP/IP connections.");
        assertThat(result.stderr()).doesNotContain("s3cr3t-pw");
    }

    @Test
    @Order(6)
    void brokenGraphIsOneLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("aa0000000001_orphan.sql"), """
                -- revision: aa0000000001
                -- down_revision: ffffffffffff
                -- message: orphan

                -- upgrade
                SELECT 1;

                -- downgrade
                SELECT 1;
                """);
        ConsoleResult result = ConsoleProcess.run(Map.of(), "--location", dir.toString(), "heads");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).contains("aa0000000001", "ffffffffffff").endsWith("\n");
        assertThat(result.stderr().lines()).hasSize(1);
    }

    @Test
    @Order(7)
    void diffPrintsOnlyTheSql() throws Exception {
        emptyDatabase();
        try (TestDatabase to = db.server().createDatabase("diffto")) {
            try (Connection c = to.openConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE gauge (id int PRIMARY KEY)");
            }
            ConsoleResult result = ConsoleProcess.run(Map.of(), "diff", "--from", withUser(db), "--to", withUser(to));
            assertThat(result.stderr()).isEmpty();
            assertThat(result.exitCode()).isZero();
            assertThat(result.stdout().replaceAll("(?m)^-- (revision|create_date): .*$", "-- $1: X")).isEqualTo("""
                    -- revision: X
                    -- down_revision:\s
                    -- message: diff
                    -- create_date: X

                    -- upgrade
                    CREATE TABLE gauge (id integer NOT NULL, CONSTRAINT gauge_pkey PRIMARY KEY (id));

                    -- downgrade
                    DROP TABLE gauge;
                    """);
        }
    }

    @Test
    @Order(8)
    void checkInsideAServiceExits2WithTheDifferences() throws Exception {
        emptyDatabase();
        Migrations.configure().dataSource(db.dataSource()).locations("classpath:db/consoleapp").load()
                .upgrade("head");
        Map<String, String> env = new java.util.HashMap<>(Map.of("SPRING_DATASOURCE_URL", db.jdbcUrl(),
                "SPRING_DATASOURCE_USERNAME", db.username(), "OPSDB_MIGRATIONS_LOCATIONS", "classpath:db/consoleapp"));
        if (db.password() != null) {
            env.put("SPRING_DATASOURCE_PASSWORD", db.password());
        }
        assertThat(ConsoleProcess.run(ConsoleAppV2.class, env, "console", "check"))
                .isEqualTo(new ConsoleResult("add column telescope.aperture\n", "", 2));
    }

    private void emptyDatabase() throws Exception {
        try (Connection c = db.openConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        }
    }

    /** The database's URL with the credentials in it, as {@code diff --from}/{@code --to} accept. */
    private static String withUser(TestDatabase database) {
        String url = database.jdbcUrl().replaceAll("[?&](user|password)=[^&]*", "");
        return url + (url.contains("?") ? "&" : "?") + "user=" + database.username()
                + (database.password() == null ? "" : "&password=" + database.password());
    }
}

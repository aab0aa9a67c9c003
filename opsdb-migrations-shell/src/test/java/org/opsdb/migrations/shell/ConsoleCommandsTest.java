package org.opsdb.migrations.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.TestInstance;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * Every console command run in-process against a real PostgreSQL, on the six SQL revisions of
 * {@code db/console} (a branch at 2b…02 and its merge 5e…05): exact output, exact errors, exit codes.
 */
@FreshDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ResourceLock(InProcessConsole.SPRING_CONTEXT)
class ConsoleCommandsTest {

    static final String UPGRADE_ALL = """
            Running upgrade  -> 1a0000000001, create observatory ... done in N ms
            Running upgrade 1a0000000001 -> 2b0000000002, create telescope ... done in N ms
            Running upgrade 2b0000000002 -> 4d0000000004, create instrument ... done in N ms
            Running upgrade 2b0000000002 -> 3c0000000003, add telescope name ... done in N ms
            Running upgrade 3c0000000003, 4d0000000004 -> 5e0000000005, merge name and instrument ... done in N ms
            Running upgrade 5e0000000005 -> 6f0000000006, index instrument telescope ... done in N ms
            """;

    static final String HISTORY = """
            5e0000000005 -> 6f0000000006 (head), index instrument telescope
            3c0000000003, 4d0000000004 -> 5e0000000005 (mergepoint), merge name and instrument
            2b0000000002 -> 3c0000000003, add telescope name
            2b0000000002 -> 4d0000000004, create instrument
            1a0000000001 -> 2b0000000002 (branchpoint), create telescope
            <base> -> 1a0000000001, create observatory
            """;

    private final TestDatabase db;
    private final InProcessConsole console;

    ConsoleCommandsTest(TestDatabase db) {
        this.db = db;
        this.console = new InProcessConsole("opsdb.migrations.locations=classpath:db/console",
                "spring.datasource.url=" + db.jdbcUrl(), "spring.datasource.username=" + db.username(),
                "spring.datasource.password=" + db.password());
    }

    @AfterAll
    void close() {
        console.close();
    }

    @BeforeEach
    void emptyDatabase() throws Exception {
        try (Connection c = db.openConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        }
    }

    private List<String> tables() throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection c = db.openConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static void ok(ConsoleResult result, String stdout) {
        assertThat(result.timed()).isEqualTo(new ConsoleResult(stdout, "", 0));
    }

    private static void fails(ConsoleResult result, String line) {
        assertThat(result).isEqualTo(new ConsoleResult("", line + "\n", 1));
    }

    @Test
    void upgradeDowngradeCurrentAndMigrate() throws Exception {
        assertThat(console.run("current")).isEqualTo(new ConsoleResult("",
                "The database is at base: no revision applied\n", 0));
        ok(console.run("upgrade head"), UPGRADE_ALL + "Upgraded 6 revisions in N ms; now at 6f0000000006 (head)\n");
        assertThat(tables()).containsExactly("alembic_version", "instrument", "observatory",
                "opsdb_migration_history", "telescope");
        ok(console.run("current"), "6f0000000006 (head)\n");
        ok(console.run("downgrade -1"), "Running downgrade 6f0000000006 -> 5e0000000005, index instrument telescope"
                + " ... done in N ms\n"
                + "Downgraded 1 revision in N ms; now at 5e0000000005\n");
        ok(console.run("current"), "5e0000000005\n");
        ok(console.run("downgrade 2b0000000002"), """
                Running downgrade 5e0000000005 -> 3c0000000003, 4d0000000004, merge name and instrument ... done in N ms
                Running downgrade 3c0000000003 -> 2b0000000002, add telescope name ... done in N ms
                Running downgrade 4d0000000004 -> 2b0000000002, create instrument ... done in N ms
                Downgraded 3 revisions in N ms; now at 2b0000000002
                """);
        ok(console.run("upgrade 3c0000000003"), "Running upgrade 2b0000000002 -> 3c0000000003, add telescope name"
                + " ... done in N ms\n"
                + "Upgraded 1 revision in N ms; now at 3c0000000003\n");
        ok(console.run("migrate"), """
                Running upgrade 2b0000000002 -> 4d0000000004, create instrument ... done in N ms
                Running upgrade 3c0000000003, 4d0000000004 -> 5e0000000005, merge name and instrument ... done in N ms
                Running upgrade 5e0000000005 -> 6f0000000006, index instrument telescope ... done in N ms
                Upgraded 3 revisions in N ms; now at 6f0000000006 (head)
                """);
        ok(console.run("upgrade head"), "Nothing to upgrade; at 6f0000000006 (head)\n");
    }

    @Test
    void roundtripPrintsEachLeg() {
        ok(console.run("roundtrip"), "== upgrade head\n" + UPGRADE_ALL + """
                == downgrade -1
                Running downgrade 6f0000000006 -> 5e0000000005, index instrument telescope ... done in N ms
                == upgrade head
                Running upgrade 5e0000000005 -> 6f0000000006, index instrument telescope ... done in N ms
                Round trip done in N ms; now at 6f0000000006 (head)
                """);
    }

    @Test
    void stampSetsTheVersionTableWithoutRunningScripts() throws Exception {
        ok(console.run("stamp 5e0000000005"), "Running stamp_revision  -> 5e0000000005\n");
        assertThat(tables()).containsExactly("alembic_version", "opsdb_migration_history");
        ok(console.run("current"), "5e0000000005\n");
        ok(console.run("stamp base"), "Running stamp_revision 5e0000000005 -> \n");
    }

    @Test
    void graphCommands() {
        ok(console.run("heads"), "6f0000000006 (head)\n");
        ok(console.run("history"), HISTORY);
        ok(console.run("history -r base:head"), HISTORY);
        ok(console.run("history -r 3c0000000003:5e0000000005"), """
                3c0000000003, 4d0000000004 -> 5e0000000005 (mergepoint), merge name and instrument
                2b0000000002 -> 3c0000000003, add telescope name
                """);
        ok(console.run("branches"), """
                2b0000000002 (branchpoint)
                             -> 3c0000000003, add telescope name
                             -> 4d0000000004, create instrument
                """);
        ConsoleResult show = console.run("show 5e");
        assertThat(show.exitCode()).isZero();
        assertThat(show.stdout()).startsWith("""
                Rev: 5e0000000005 (mergepoint)
                Merges: 3c0000000003, 4d0000000004
                Path: """).endsWith("""
                5e0000000005_merge_name_and_instrument.sql

                    merge name and instrument

                    Revision ID: 5e0000000005
                    Revises: 3c0000000003, 4d0000000004
                    Create Date: 2026-11-22 10:00:00
                """);
        ConsoleResult verbose = console.run("history --verbose -r 5e0000000005:head");
        assertThat(verbose.stdout()).startsWith("Rev: 6f0000000006 (head)\nParent: 5e0000000005\n")
                .contains("\n\nRev: 5e0000000005 (mergepoint)\n");
    }

    @Test
    void offlineSqlIsOnlySql() {
        ConsoleResult sql = console.run("upgrade base:1a0000000001 --sql");
        assertThat(sql.exitCode()).isZero();
        assertThat(sql.stderr()).isEmpty();
        assertThat(sql.stdout()).contains("CREATE TABLE observatory (id bigint PRIMARY KEY, name varchar(100) NOT NULL);")
                .startsWith("-- Running upgrade  -> 1a0000000001, create observatory\n\nBEGIN;\n").endsWith("COMMIT;\n\n");
        ConsoleResult down = console.run("downgrade 6f0000000006:5e0000000005 --sql");
        assertThat(down.stdout()).contains("DROP INDEX ix_instrument_telescope;");
        ConsoleResult stamp = console.run("stamp base:6f0000000006 --sql");
        assertThat(stamp.stdout()).contains("6f0000000006").doesNotContain("CREATE TABLE observatory");
    }

    @Test
    void badInputIsOneLineOnStandardErrorAndNothingOnStandardOutput() {
        fails(console.run("frobnicate"), "Unknown command 'frobnicate'; run 'help' to list the commands");
        fails(console.run("show zzz"), "Can't locate revision identified by 'zzz'");
        fails(console.run("upgrade"), "Command 'upgrade' needs a revision, e.g. 'upgrade head'");
        fails(console.run("upgrade head --sq"),
                "Unknown option '--sq' for command 'upgrade'; run 'help upgrade' to list its options");
        fails(console.run("downgrade -1"), "Relative revision -1 didn't produce 1 migrations: no revision is applied");
    }
}

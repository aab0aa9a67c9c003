package org.opsdb.migrations.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.opsdb.consoleapp.v1.ConsoleAppV1;
import org.opsdb.migrations.shell.console.ConsoleInvocation;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code fleet check} in a service's console ({@link ConsoleAppV1}: the telescope entity) and {@code fleet lint}
 * in the standalone console, on schemas of one real PostgreSQL: the summary table, the findings grouped once for the
 * targets that share them, the exit codes (0, 2 for differences or findings, 1 for a target that could not be
 * checked), the JSON report, and what the standalone console answers to {@code fleet check}.
 */
@FreshDatabase
@ResourceLock(InProcessConsole.SPRING_CONTEXT)
class FleetCheckLintConsoleTest {

    private static final String A = "c0ffee00000a";
    private static final String B = "c0ffee00000b";

    private final TestDatabase db;
    @TempDir
    Path dir;

    FleetCheckLintConsoleTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void noTenants() throws Exception {
        execute("DO $$ DECLARE s text; BEGIN FOR s IN SELECT nspname FROM pg_namespace WHERE nspname LIKE 't\\_%'"
                + " LOOP EXECUTE format('DROP SCHEMA %I CASCADE', s); END LOOP; END $$");
    }

    private void execute(String sql) throws Exception {
        try (Connection c = db.openConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Schemas t_001 … t_COUNT, and a file naming them. */
    private Path tenants(int count) throws Exception {
        StringBuilder names = new StringBuilder("# tenants\n");
        for (int i = 1; i <= count; i++) {
            execute("CREATE SCHEMA t_00" + i);
            names.append("t_00").append(i).append('\n');
        }
        return Files.writeString(dir.resolve("tenants.txt"), names.toString());
    }

    private String[] database() {
        return new String[] {"spring.datasource.url=" + db.jdbcUrl(), "spring.datasource.username=" + db.username(),
                "spring.datasource.password=" + db.password()};
    }

    private static List<String> masked(String text) {
        return text.lines().map(line -> line.replaceAll("\\d+\\.\\d\\d s", "T")).toList();
    }

    private static String last(String text) {
        return text.lines().reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void fleetCheckComparesEveryTenantWithTheServicesEntities() throws Exception {
        Path all = tenants(4);
        Path two = Files.writeString(dir.resolve("two.txt"), "t_001\nt_002\n");
        Path report = dir.resolve("check.json");
        try (InProcessConsole console = new InProcessConsole(ConsoleAppV1.class, concat(database(),
                "opsdb.migrations.locations=classpath:db/consoleapp"))) {
            assertThat(console.runWords("fleet", "upgrade", "head", "--schemas-file", all.toString()).exitCode())
                    .isZero();
            execute("ALTER TABLE t_002.telescope DROP COLUMN name;"
                    + " UPDATE t_003.alembic_version SET version_num = 'deadbeef0000'");

            ConsoleResult check = console.runWords("fleet", "check", "--schemas-file", all.toString(), "--report",
                    report.toString());

            assertThat(check.exitCode()).isEqualTo(1);
            assertThat(masked(check.stdout())).containsExactly(
                    "t_002 (1) differs from the entity model:",
                    "  add column telescope.name",
                    "",
                    "target  at            duration  outcome",
                    "t_001   f00f00f00f01  T    no differences",
                    "t_002   f00f00f00f01  T    1 difference",
                    "t_003   ?             T    failed: Version table t_003.alembic_version holds revision"
                            + " deadbeef0000, which is not among the scripts in classpath:db/consoleapp",
                    "t_004   f00f00f00f01  T    no differences",
                    "fleet check: 4 targets, 2 ok, 1 differ, 1 failed, 0 skipped in T");
            assertThat(last(check.stderr())).isEqualTo("fleet check: 1 of 4 targets could not be checked");
            JsonNode json = JsonMapper.builder().build().readTree(Files.readString(report));
            assertThat(json.get("command").asString()).isEqualTo("check");
            assertThat(json.get("findings").asInt()).isEqualTo(1);
            assertThat(json.get("results").get(1).get("findings").get(0).asString())
                    .isEqualTo("add column telescope.name");

            ConsoleResult differs = console.runWords("fleet", "check", "--schemas-file", two.toString());
            assertThat(differs.exitCode()).isEqualTo(2);
            assertThat(last(differs.stderr())).isEqualTo("fleet check: 1 of 2 targets differ from the entity model");
        }
        assertThat(rows("SELECT count(*) FROM information_schema.columns WHERE table_schema = 't_002'"
                + " AND table_name = 'telescope'")).containsExactly("1");
    }

    private List<String> rows(String sql) throws Exception {
        return SqlRows.of(db, sql);
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    @Test
    void fleetLintGroupsIdenticalFindingsAndTheStandaloneConsoleRefusesFleetCheck() throws Exception {
        Path scripts = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(scripts.resolve(A + "_create_note.sql"), "-- revision: " + A + "\n-- down_revision:\n"
                + "-- message: create note\n\n-- upgrade\nCREATE TABLE note (id bigint PRIMARY KEY, body text);\n\n"
                + "-- downgrade\nDROP TABLE note;\n");
        Files.writeString(scripts.resolve(B + "_index_body.sql"), "-- revision: " + B + "\n-- down_revision: " + A
                + "\n-- message: index body\n\n-- upgrade\nCREATE INDEX note_body ON note (body);\n\n-- downgrade\n"
                + "DROP INDEX note_body;\n");
        Path all = tenants(6);
        Path five = Files.writeString(dir.resolve("five.txt"), "t_001\nt_002\nt_003\nt_004\nt_005\n");
        try (InProcessConsole console = new InProcessConsole(concat(database(),
                "opsdb.migrations.locations=" + scripts))) {
            assertThat(console.runWords("fleet", "upgrade", A, "--schemas-query", "SELECT 't_004'").exitCode())
                    .isZero();
            assertThat(console.runWords("fleet", "upgrade", "head", "--schemas-query", "SELECT 't_005'").exitCode())
                    .isZero();
            execute("CREATE TABLE t_006.alembic_version (version_num varchar(32) PRIMARY KEY);"
                    + " INSERT INTO t_006.alembic_version VALUES ('deadbeef0000')");

            ConsoleResult lint = console.runWords("fleet", "lint", "--schemas-file", all.toString());

            String finding = "  " + scripts.resolve(B + "_index_body.sql") + ":6: [index-without-concurrently]"
                    + " CREATE INDEX note_body on note without CONCURRENTLY, blocks every write to the table for the"
                    + " whole build; safe form: CREATE INDEX CONCURRENTLY in an outside-transaction block";
            assertThat(lint.exitCode()).isEqualTo(1);
            assertThat(masked(lint.stdout())).containsExactly(
                    "t_001..t_003 (3) would run " + A + ", " + B + ":", finding,
                    "t_004 (1) would run " + B + ":", finding,
                    "",
                    "target  at            duration  outcome",
                    "t_001   base          T    1 finding",
                    "t_002   base          T    1 finding",
                    "t_003   base          T    1 finding",
                    "t_004   " + A + "  T    1 finding",
                    "t_005   " + B + "  T    no findings",
                    "t_006   ?             T    failed: Version table t_006.alembic_version holds revision"
                            + " deadbeef0000, which is not among the scripts in " + scripts,
                    "fleet lint heads: 6 targets, 1 ok, 4 with findings, 1 failed, 0 skipped in T");
            assertThat(last(lint.stderr())).isEqualTo("fleet lint heads: 1 of 6 targets could not be linted");

            ConsoleResult findings = console.runWords("fleet", "lint", "heads", "--schemas-file", five.toString());
            assertThat(findings.exitCode()).isEqualTo(2);
            assertThat(last(findings.stderr()))
                    .isEqualTo("fleet lint heads: 4 of 5 targets would run revisions with lint findings");
            ConsoleResult clean = console.runWords("fleet", "lint", "--schemas-query", "SELECT 't_005'");
            assertThat(clean.exitCode()).isZero();

            assertThat(console.runWords("fleet", "check", "--schemas-file", all.toString())).isEqualTo(
                    new ConsoleResult("", "'fleet check' needs the entity model, and this console has no JPA"
                            + " entities; run the console inside the application (java -jar app.jar console fleet"
                            + " check)\n", 1));
        }
        assertThat(rows("SELECT count(*) FROM pg_tables WHERE schemaname IN ('t_001', 't_002', 't_003')"))
                .containsExactly("0");
        assertThat(rows("SELECT count(*) FROM pg_indexes WHERE indexname = 'note_body'")).containsExactly("1");
        assertThat(new ConsoleInvocation(List.of("fleet", "check", "--schemas-file", "f")).needsApplicationContext())
                .isTrue();
        assertThat(new ConsoleInvocation(List.of("fleet", "lint", "--schemas-file", "f")).needsApplicationContext())
                .isFalse();
    }
}

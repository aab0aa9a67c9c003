package org.opsdb.migrations.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * {@code revision}, {@code merge}, {@code diff} and the entity-model commands in the standalone console (no
 * entities), in-process on a real PostgreSQL, on a writable copy of the {@code db/console} revisions.
 */
@FreshDatabase
@ResourceLock(InProcessConsole.SPRING_CONTEXT)
class StandaloneAuthoringCommandsTest {

    private final TestDatabase db;

    @TempDir
    Path location;

    private InProcessConsole console;

    StandaloneAuthoringCommandsTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void start() throws IOException {
        try (Stream<Path> files = Files.list(ConsoleProcessTest.REVISIONS)) {
            for (Path file : files.toList()) {
                Files.copy(file, location.resolve(file.getFileName()));
            }
        }
        console = new InProcessConsole("opsdb.migrations.locations=" + location,
                "spring.datasource.url=" + db.jdbcUrl(), "spring.datasource.username=" + db.username(),
                "spring.datasource.password=" + db.password());
    }

    @AfterEach
    void stop() {
        console.close();
    }

    private Path newFile(ConsoleResult result) {
        assertThat(result.stderr()).isEmpty();
        assertThat(result.exitCode()).isZero();
        Path file = Path.of(result.stdout().strip());
        assertThat(result.stdout()).isEqualTo(file + "\n");
        assertThat(file.getParent()).isEqualTo(location);
        return file;
    }

    private static String idOf(Path file) {
        return file.getFileName().toString().substring(0, 12);
    }

    /** The text with the random revision id and the creation time replaced. */
    private static String stable(String script) {
        return script.replaceAll("(?m)^-- revision: [0-9a-f]{12}$", "-- revision: ID")
                .replaceAll("(?m)^-- create_date: .*$", "-- create_date: DATE");
    }

    /** The header of a script {@code diff} prints, as {@link #stable} leaves it. */
    private static final String DIFF_HEADER = """
            -- revision: ID
            -- down_revision:\s
            -- message: diff
            -- create_date: DATE

            """;

    /** The {@code diff} options giving the two databases' credentials. */
    private static String credentials(TestDatabase from, TestDatabase to) {
        return "--from-user " + from.username() + " --to-user " + to.username()
                + (from.password() == null ? "" : " --from-password " + from.password() + " --to-password "
                + to.password());
    }

    private static void fails(ConsoleResult result, String line) {
        assertThat(result).isEqualTo(new ConsoleResult("", line + "\n", 1));
    }

    @Test
    void revisionWritesAnEmptyScriptOnTheHeadAndHistorySeesIt() throws IOException {
        Path file = newFile(console.runWords("revision", "-m", "Add comments!", "--branch-label", "notes",
                "--depends-on", "4d0000000004"));
        String id = idOf(file);
        assertThat(file.getFileName().toString()).isEqualTo(id + "_add_comments.sql");
        assertThat(Files.readString(file).replaceAll("create_date: .*", "create_date: X")).isEqualTo("""
                -- revision: %s
                -- down_revision: 6f0000000006
                -- branch_labels: notes
                -- depends_on: 4d0000000004
                -- message: Add comments!
                -- create_date: X

                -- upgrade

                -- downgrade
                """.formatted(id));
        assertThat(console.run("heads")).isEqualTo(new ConsoleResult(id + " (notes) (head)\n", "", 0));
    }

    @Test
    void twoHeadsThenMergeHeads() throws IOException {
        String first = idOf(newFile(console.runWords("revision", "-m", "first")));
        String second = idOf(newFile(console.runWords("revision", "-m", "second", "--head", "6f0000000006")));
        fails(console.runWords("revision", "-m", "third"), "Multiple heads are present for 'head': " + String.join(", ",
                Stream.of(first, second).sorted().toList()) + "; name one, or use 'heads'");
        Path merge = newFile(console.runWords("merge", "-m", "merge heads", "heads"));
        assertThat(Files.readString(merge)).contains("-- down_revision: ");
        List<String> parents = List.of(Files.readString(merge).lines()
                .filter(l -> l.startsWith("-- down_revision: ")).findFirst().orElseThrow()
                .substring("-- down_revision: ".length()).split(", "));
        assertThat(parents).containsExactlyInAnyOrder(first, second);
        assertThat(console.run("heads")).isEqualTo(new ConsoleResult(idOf(merge) + " (head)\n", "", 0));
    }

    @Test
    void revisionErrorsAreOneLine(@TempDir Path elsewhere) throws IOException {
        fails(console.run("revision"), "Command 'revision' needs a message: -m \"what it does\"");
        fails(console.run("merge -m x"), "Command 'merge' needs the revisions to merge, e.g. 'merge -m \"merge\" heads'");
        fails(console.run("revision -m x --format yaml"), "Unknown format 'yaml'; use sql or java");
        fails(console.run("revision -m x --autogenerate"), "'revision --autogenerate' needs the entity model, and"
                + " this console has no JPA entities; run the console inside the application (java -jar app.jar"
                + " console revision --autogenerate)");
        fails(console.run("revision -m x --format java"),
                "A Java revision needs a package: use a classpath: location or give --package");
        Path file = Files.writeString(elsewhere.resolve("plain-file"), "");
        fails(console.run("revision -m x --directory " + file.resolve("sub")),
                "Cannot write the revision to '" + file.resolve("sub") + "': " + file + " is not a directory");
        try (Stream<Path> files = Files.list(location)) {
            assertThat(files.count()).isEqualTo(6);
        }
    }

    @Test
    void revisionJavaWithAPackageAndDirectory(@TempDir Path elsewhere) throws IOException {
        ConsoleResult result = console.run("revision -m seed --format java --package com.example.db --directory "
                + elsewhere);
        assertThat(result.exitCode()).isZero();
        Path file = Path.of(result.stdout().strip());
        assertThat(file.getParent()).isEqualTo(elsewhere);
        assertThat(file.getFileName().toString()).matches("R[0-9a-f]{12}_Seed\\.java");
        assertThat(Files.readString(file)).startsWith("package com.example.db;");
    }

    @Test
    void checkAndInitNeedTheEntityModel() {
        fails(console.run("check"), "'check' needs the entity model, and this console has no JPA entities; run the"
                + " console inside the application (java -jar app.jar console check)");
        fails(console.run("init --drop"), "'init --drop' needs the entity model, and this console has no JPA"
                + " entities; run the console inside the application (java -jar app.jar console init --drop)");
    }

    @Test
    void diffPrintsTheMigrationBetweenTwoDatabases() throws Exception {
        try (TestDatabase to = db.server().createDatabase("diffto")) {
            try (Connection c = to.openConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA audit; CREATE TABLE audit.event (id bigint PRIMARY KEY, note text);"
                        + " CREATE TABLE public.ignored (id int)");
            }
            String credentials = credentials(db, to);
            ConsoleResult audit = console.run("diff --from " + db.jdbcUrl() + " --to " + to.jdbcUrl()
                    + " --schema audit " + credentials);
            assertThat(new ConsoleResult(stable(audit.stdout()), audit.stderr(), audit.exitCode()))
                    .isEqualTo(new ConsoleResult(DIFF_HEADER + """
                            -- upgrade
                            CREATE SCHEMA audit;
                            CREATE TABLE audit.event (id bigint NOT NULL, note text, CONSTRAINT event_pkey PRIMARY KEY (id));

                            -- downgrade
                            DROP TABLE audit.event;
                            DROP SCHEMA audit;
                            """, "", 0));
            String both = stable(Migrations.diff(db.dataSource(), to.dataSource(), List.of("audit", "public")));
            assertThat(both).contains("CREATE TABLE ignored (id integer);");
            assertThat(stable(console.run("diff --from " + db.jdbcUrl() + " --to " + to.jdbcUrl()
                    + " --schema audit --schema public " + credentials).stdout())).isEqualTo(both);
        }
        fails(console.run("diff --from " + db.jdbcUrl()), "Command 'diff' needs --from JDBC_URL and --to JDBC_URL");
    }

    @Test
    void diffLeavesOutTheVersionAndHistoryTablesTheConsoleIsConfiguredWith() throws Exception {
        try (TestDatabase from = db.server().createDatabase("diffownfrom");
             TestDatabase to = db.server().createDatabase("diffownto");
             InProcessConsole renamed = new InProcessConsole("opsdb.migrations.locations=" + location,
                     "opsdb.migrations.version-table=ops_version", "opsdb.migrations.history-table=ops_history")) {
            try (Connection c = from.openConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE ops_version (version_num varchar(32) NOT NULL);"
                        + " CREATE TABLE ops_history (id bigint); CREATE TABLE gone (id bigint)");
            }
            String credentials = credentials(from, to);
            ConsoleResult result = renamed.run("diff --from " + from.jdbcUrl() + " --to " + to.jdbcUrl() + " "
                    + credentials);
            assertThat(new ConsoleResult(stable(result.stdout()), result.stderr(), result.exitCode()))
                    .isEqualTo(new ConsoleResult(DIFF_HEADER + """
                            -- upgrade
                            -- WARNING drops table gone and all its rows
                            DROP TABLE gone;

                            -- downgrade
                            CREATE TABLE gone (id bigint);
                            """, "", 0));
        }
    }

    /**
     * For a table that exists, {@code diff} writes the safe forms; {@code --plain}, or
     * {@code opsdb.migrations.autogenerate.safe-forms=false} for the console, writes the plain ones.
     */
    @Test
    void diffWritesTheSafeFormsUnlessPlainOrTheSettingSaysNo() throws Exception {
        try (TestDatabase from = db.server().createDatabase("safefrom");
             TestDatabase to = db.server().createDatabase("safeto");
             InProcessConsole plainConsole = new InProcessConsole("opsdb.migrations.locations=" + location,
                     "opsdb.migrations.autogenerate.safe-forms=false")) {
            try (Connection c = from.openConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE obs (id int PRIMARY KEY, site_id int); INSERT INTO obs VALUES (1, 2)");
            }
            try (Connection c = to.openConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE obs (id int PRIMARY KEY, site_id int); CREATE INDEX obs_site_idx ON obs"
                        + " (site_id)");
            }
            String diff = "diff --from " + from.jdbcUrl() + " --to " + to.jdbcUrl() + " " + credentials(from, to);
            String plain = DIFF_HEADER + """
                    -- upgrade
                    CREATE INDEX obs_site_idx ON obs (site_id);

                    -- downgrade
                    DROP INDEX obs_site_idx;
                    """;

            ConsoleResult safe = console.run(diff);
            assertThat(new ConsoleResult(stable(safe.stdout()), safe.stderr(), safe.exitCode()))
                    .isEqualTo(new ConsoleResult(DIFF_HEADER + """
                            -- upgrade
                            -- outside-transaction
                            CREATE INDEX CONCURRENTLY IF NOT EXISTS obs_site_idx ON obs (site_id);
                            -- end-outside-transaction

                            -- downgrade
                            -- outside-transaction
                            DROP INDEX CONCURRENTLY IF EXISTS obs_site_idx;
                            -- end-outside-transaction
                            """, "", 0));
            ConsoleResult flag = console.run(diff + " --plain");
            assertThat(new ConsoleResult(stable(flag.stdout()), flag.stderr(), flag.exitCode()))
                    .isEqualTo(new ConsoleResult(plain, "", 0));
            ConsoleResult setting = plainConsole.run(diff);
            assertThat(new ConsoleResult(stable(setting.stdout()), setting.stderr(), setting.exitCode()))
                    .isEqualTo(new ConsoleResult(plain, "", 0));
        }
        fails(console.run("revision -m plain --plain"), "Option --plain of command 'revision' needs --autogenerate");
    }
}

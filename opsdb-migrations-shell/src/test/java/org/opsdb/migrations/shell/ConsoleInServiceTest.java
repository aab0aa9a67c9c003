package org.opsdb.migrations.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.consoleapp.v1.ConsoleAppV1;
import org.opsdb.consoleapp.v2.ConsoleAppV2;
import org.opsdb.consoleapp.v5.ConsoleAppV5;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.autoconfigure.guard.ProductionGuard;
import org.opsdb.migrations.autoconfigure.init.DatabaseInitService;
import org.opsdb.migrations.shell.source.MigrationsSource;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * The console inside a service with JPA and the starter ({@link ConsoleAppV1}: entities that match
 * {@code db/consoleapp}; {@link ConsoleAppV2}: one entity change later), on a real PostgreSQL: {@code init},
 * {@code check}, {@code revision --autogenerate}, and console mode itself (the service's migrate-on-boot and
 * {@code ddl-auto=validate} are off, its beans are used).
 */
@FreshDatabase
@ResourceLock(InProcessConsole.SPRING_CONTEXT)
class ConsoleInServiceTest {

    private static final String UPGRADE = "Running upgrade  -> f00f00f00f01, create telescope ... done in N ms\n"
            + "Upgraded 1 revision in N ms; now at f00f00f00f01 (head)\n";

    private final TestDatabase db;

    ConsoleInServiceTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void emptyDatabase() throws Exception {
        try (Connection c = db.openConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        }
    }

    /** The service's own settings: migrate on boot and validate the schema, as a deployed service would. */
    private InProcessConsole console(Class<?> application, String... more) {
        List<String> properties = new ArrayList<>(List.of("spring.datasource.url=" + db.jdbcUrl(),
                "spring.datasource.username=" + db.username(), "spring.datasource.password=" + db.password(),
                "opsdb.migrations.locations=classpath:db/consoleapp", "opsdb.migrations.on-boot=migrate",
                "spring.jpa.hibernate.ddl-auto=validate"));
        properties.addAll(List.of(more));
        return new InProcessConsole(application, properties.toArray(String[]::new));
    }

    private List<String> rows(String sql) throws Exception {
        return SqlRows.of(db, sql);
    }

    private List<String> tables() throws Exception {
        return rows("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    }

    private static void ok(ConsoleResult result, String stdout) {
        assertThat(result).isEqualTo(new ConsoleResult(stdout, "", 0));
    }

    @Test
    void consoleOpensOnAnEmptyDatabaseWithoutMigratingAndUsesTheServicesBeans() throws Exception {
        try (InProcessConsole console = console(ConsoleAppV1.class)) {
            assertThat(tables()).isEmpty();
            assertThat(console.context().getBeansOfType(Migrations.class)).hasSize(1);
            assertThat(console.context().getBeansOfType(DatabaseInitService.class)).hasSize(1);
            assertThat(console.context().getBeansOfType(ProductionGuard.class)).hasSize(1);
            assertThat(console.context().getBean(MigrationsSource.class).locations())
                    .containsExactly("classpath:db/consoleapp");
            assertThat(console.run("current")).isEqualTo(new ConsoleResult("",
                    "The database is at base: no revision applied\n", 0));
            ok(console.run("upgrade head").timed(), UPGRADE);
        }
    }

    @Test
    void initCreatesTheSchemaFromTheEntitiesAndStampsTheHead() throws Exception {
        try (InProcessConsole console = console(ConsoleAppV1.class)) {
            ok(console.run("init"), "Created the schema from the entity model and stamped f00f00f00f01\n");
            assertThat(tables()).containsExactly("alembic_version", "opsdb_migration_history", "telescope");
            assertThat(rows("SELECT version_num FROM alembic_version")).containsExactly("f00f00f00f01");
            ok(console.run("check"), "No differences between the entity model and the database\n");
            ConsoleResult again = console.run("init");
            assertThat(again.exitCode()).isEqualTo(1);
            assertThat(again.stdout()).isEmpty();
            assertThat(again.stderr()).isEqualTo("init refused: the database already holds 1 table(s), e.g."
                    + " public.telescope; use init --drop to replace them\n");
        }
    }

    @Test
    void initDropIsRefusedUnderAProductionProfileWithoutTheOverride() throws Exception {
        try (InProcessConsole console = console(ConsoleAppV1.class, "spring.profiles.active=PRODUCTION")) {
            ok(console.run("upgrade head").timed(), UPGRADE);
            try (Connection c = db.openConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO telescope VALUES (1, 'VLT')");
            }
            assertThat(console.run("init --drop")).isEqualTo(new ConsoleResult("", "Refusing to run 'init --drop':"
                    + " active profile 'PRODUCTION' matches opsdb.migrations.guarded-profiles (prod, prod-*, *-prod,"
                    + " *production*); add --allow-destructive to run it anyway\n", 1));
            assertThat(rows("SELECT name FROM telescope")).containsExactly("VLT");
            ok(console.run("init --drop --allow-destructive"),
                    "Dropped the schema, created it from the entity model and stamped f00f00f00f01\n");
            assertThat(rows("SELECT name FROM telescope")).isEmpty();
        }
    }

    @Test
    void initDropIsAllowedUnderALocalProfile() throws Exception {
        try (InProcessConsole console = console(ConsoleAppV1.class, "spring.profiles.active=local")) {
            ok(console.run("upgrade head").timed(), UPGRADE);
            try (Connection c = db.openConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO telescope VALUES (1, 'VLT')");
            }
            ok(console.run("init --drop"),
                    "Dropped the schema, created it from the entity model and stamped f00f00f00f01\n");
            assertThat(rows("SELECT name FROM telescope")).isEmpty();
            assertThat(rows("SELECT version_num FROM alembic_version")).containsExactly("f00f00f00f01");
        }
    }

    @Test
    void checkIsInSyncAtHeadAndExits2AfterAnEntityChange() throws Exception {
        try (InProcessConsole console = console(ConsoleAppV1.class)) {
            ok(console.run("upgrade head").timed(), UPGRADE);
            ok(console.run("check"), "No differences between the entity model and the database\n");
        }
        try (InProcessConsole console = console(ConsoleAppV2.class)) {
            assertThat(console.run("check")).isEqualTo(new ConsoleResult("add column telescope.aperture\n", "", 2));
        }
    }

    @Test
    void checkNeedsTheDatabaseAtHead() throws Exception {
        try (InProcessConsole console = console(ConsoleAppV1.class)) {
            assertThat(console.run("check")).isEqualTo(new ConsoleResult("", "Target database is not up to date:"
                    + " it is at base; not applied: f00f00f00f01 (" + CREATE_TELESCOPE + "); run 'upgrade heads'"
                    + " first\n", 1));
        }
    }

    /** Where the console reads the one revision of {@code db/consoleapp} from. */
    private static final String CREATE_TELESCOPE = "db/consoleapp/f00f00f00f01_create_telescope.sql";

    /**
     * Issue 26, item 4: autogenerate refuses, as Alembic does, a database that is not at the heads, naming the
     * revisions not applied and their files, and writes nothing; a revision written into the directory before but
     * not among the service's scripts (not built in yet) counts as not applied, instead of getting a second head
     * next to it.
     */
    @Test
    void revisionAutogenerateRefusesADatabaseNotAtTheHeadsAndWritesNoFile(@TempDir Path dir) throws Exception {
        try (InProcessConsole console = console(ConsoleAppV2.class)) {
            assertThat(console.runWords("revision", "-m", "add aperture", "--autogenerate", "--directory",
                    dir.toString())).isEqualTo(new ConsoleResult("", "Target database is not up to date: it is at"
                    + " base; not applied: f00f00f00f01 (" + CREATE_TELESCOPE + "); run 'upgrade heads' first\n", 1));
            assertThat(files(dir)).isEmpty();
            ok(console.run("upgrade head").timed(), UPGRADE);
            ConsoleResult written = console.runWords("revision", "-m", "add aperture", "--autogenerate",
                    "--directory", dir.toString());
            assertThat(written.exitCode()).isZero();
            Path first = files(dir).get(0);
            String id = first.getFileName().toString().substring(0, 12);
            assertThat(console.runWords("revision", "-m", "again", "--autogenerate", "--directory", dir.toString()))
                    .isEqualTo(new ConsoleResult("", "Target database is not up to date: it is at f00f00f00f01; not"
                            + " applied: " + id + " (" + first + "), not among the scripts read from"
                            + " classpath:db/consoleapp (build them in, then run 'upgrade heads')\n", 1));
            assertThat(files(dir)).containsExactly(first);
        }
    }

    private static List<Path> files(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void revisionAutogenerateWritesTheEntityChange(@TempDir Path dir) throws Exception {
        try (InProcessConsole console = console(ConsoleAppV1.class)) {
            ok(console.run("upgrade head").timed(), UPGRADE);
        }
        try (InProcessConsole console = console(ConsoleAppV2.class)) {
            ConsoleResult result = console.runWords("revision", "-m", "add aperture", "--autogenerate",
                    "--directory", dir.toString());
            assertThat(result.stderr()).isEmpty();
            assertThat(result.exitCode()).isZero();
            Path file;
            try (var files = Files.list(dir)) {
                file = files.findFirst().orElseThrow();
            }
            assertThat(result.stdout()).isEqualTo(file + "\n");
            String id = file.getFileName().toString().substring(0, 12);
            assertThat(file.getFileName().toString()).isEqualTo(id + "_add_aperture.sql");
            assertThat(Files.readString(file).replaceAll("create_date: .*", "create_date: X")).isEqualTo("""
                    -- revision: %s
                    -- down_revision: f00f00f00f01
                    -- message: add aperture
                    -- create_date: X

                    -- upgrade
                    ALTER TABLE telescope ADD COLUMN aperture double precision;

                    -- downgrade
                    ALTER TABLE telescope DROP COLUMN aperture;
                    """.formatted(id));
        }
    }

    /** The lines {@code check} and {@code revision --autogenerate} print for {@link ConsoleAppV5}'s constraints. */
    private static final String CONSTRAINT_WARNINGS = """
            WARNING: adds UNIQUE telescope_name_key on telescope: this fails if two rows share a key
                     find them: SELECT name, count(*) FROM telescope WHERE name IS NOT NULL GROUP BY name HAVING count(*) > 1;
            WARNING: adds CHECK telescope_id_check on telescope: this fails if a row breaks it
                     find them: SELECT * FROM telescope WHERE NOT (id > 0);
            """;

    @Test
    void aNewCheckAndUniqueConstraintOnAFilledTableAreWarnedAboutByCheckAndInTheScript(@TempDir Path dir)
            throws Exception {
        try (InProcessConsole console = console(ConsoleAppV1.class)) {
            ok(console.run("upgrade head").timed(), UPGRADE);
        }
        try (Connection c = db.openConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO telescope VALUES (0, 'VLT'), (1, 'VLT')");
        }
        try (InProcessConsole console = console(ConsoleAppV5.class)) {
            assertThat(console.run("check")).isEqualTo(new ConsoleResult("add constraint telescope_name_key on"
                    + " telescope\nadd constraint telescope_id_check on telescope\n" + CONSTRAINT_WARNINGS, "", 2));
            ConsoleResult result = console.runWords("revision", "-m", "constrain telescope", "--autogenerate",
                    "--directory", dir.toString());
            Path file;
            try (var files = Files.list(dir)) {
                file = files.findFirst().orElseThrow();
            }
            assertThat(result).isEqualTo(new ConsoleResult(file + "\n" + CONSTRAINT_WARNINGS, "", 0));
            String warnings = """
                    -- upgrade
                    -- WARNING adds UNIQUE telescope_name_key on telescope: this fails if two rows share a key
                    -- find them: SELECT name, count(*) FROM telescope WHERE name IS NOT NULL GROUP BY name HAVING count(*) > 1;
                    -- WARNING adds CHECK telescope_id_check on telescope: this fails if a row breaks it
                    -- find them: SELECT * FROM telescope WHERE NOT (id > 0);
                    """;
            assertThat(Files.readString(file)).contains(warnings + """
                    -- outside-transaction
                    CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS telescope_name_key ON telescope (name);
                    -- end-outside-transaction
                    ALTER TABLE telescope DROP CONSTRAINT IF EXISTS telescope_id_check;
                    ALTER TABLE telescope ADD CONSTRAINT telescope_id_check CHECK (id > 0) NOT VALID;
                    -- outside-transaction
                    ALTER TABLE telescope VALIDATE CONSTRAINT telescope_id_check;
                    -- end-outside-transaction
                    ALTER TABLE telescope ADD CONSTRAINT telescope_name_key UNIQUE USING INDEX telescope_name_key;

                    -- downgrade
                    """);
            // --plain: the plain forms
            Path plainDir = dir.resolve("plain");
            ConsoleResult plain = console.runWords("revision", "-m", "constrain telescope", "--autogenerate",
                    "--plain", "--directory", plainDir.toString());
            Path plainFile;
            try (var files = Files.list(plainDir)) {
                plainFile = files.findFirst().orElseThrow();
            }
            // the plain forms carry the lint's findings, the third naming the first's line
            String unique = "lint: [unique-without-index] ADD CONSTRAINT telescope_name_key UNIQUE on telescope,"
                    + " builds its index under ACCESS EXCLUSIVE, blocking reads and writes for the whole build; safe"
                    + " form: CREATE UNIQUE INDEX CONCURRENTLY telescope_name_key ON telescope (...) in an"
                    + " outside-transaction block, then ALTER TABLE telescope ADD CONSTRAINT telescope_name_key UNIQUE"
                    + " USING INDEX telescope_name_key";
            String check = "lint: [constraint-without-not-valid] ADD CONSTRAINT telescope_id_check CHECK on telescope"
                    + " without NOT VALID, validates every row while holding the lock (a foreign key also locks the"
                    + " referenced table); safe form: ALTER TABLE telescope ADD CONSTRAINT telescope_id_check ... NOT"
                    + " VALID, then ALTER TABLE telescope VALIDATE CONSTRAINT telescope_id_check in its own"
                    + " transaction";
            String held = "lint: [statements-after-exclusive-lock] ALTER TABLE scans telescope while the ACCESS"
                    + " EXCLUSIVE lock taken on telescope at line 12 is held, the lock is held until commit, so every"
                    + " query on the table waits for this statement too; safe form: commit the lock-taking statement"
                    + " on its own (split the revision or use an outside-transaction block)";
            assertThat(plain).isEqualTo(new ConsoleResult(plainFile + "\n" + CONSTRAINT_WARNINGS + "WARNING: " + unique
                    + "\nWARNING: " + check + "\nWARNING: " + held + "\n", "", 0));
            assertThat(Files.readString(plainFile)).contains(warnings + """
                    -- %s
                    ALTER TABLE telescope ADD CONSTRAINT telescope_name_key UNIQUE (name);
                    -- %s
                    -- %s
                    ALTER TABLE telescope ADD CONSTRAINT telescope_id_check CHECK (id > 0);

                    -- downgrade
                    """.formatted(unique, check, held));
        }
        assertThat(rows("SELECT name FROM telescope GROUP BY name HAVING count(*) > 1")).containsExactly("VLT");
        assertThat(rows("SELECT id FROM telescope WHERE NOT (id > 0)")).containsExactly("0");
    }
}

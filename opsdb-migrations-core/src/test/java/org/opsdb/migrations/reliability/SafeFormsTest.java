package org.opsdb.migrations.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.MigrationsSettings;
import org.opsdb.migrations.diff.SchemaDiff;
import org.opsdb.migrations.lint.LintFinding;
import org.opsdb.migrations.lint.LintOptions;
import org.opsdb.migrations.locktrace.LockFinding;
import org.opsdb.migrations.locktrace.LockTracer;
import org.opsdb.migrations.reflect.ReflectionScope;
import org.opsdb.migrations.reflect.SchemaReflector;
import org.opsdb.migrations.runtime.DatabaseState;
import org.opsdb.migrations.runtime.MigrationException;
import org.opsdb.migrations.schema.SchemaModel;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.PostgresServer;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * Issue 22's acceptance scenario for autogenerate's safe forms: a populated table {@code obs} gains an index on
 * {@code site_id}, a foreign key to {@code site}, a NOT NULL column with a default, a unique {@code code} and NOT
 * NULL on {@code code}. {@code diff} (which autogenerate shares) writes the safe forms, exactly; the script
 * upgrades, matches the target, downgrades, matches the old schema and upgrades again, leaving every constraint
 * validated and no invalid index. With duplicate codes the concurrent unique index fails: the one error line says
 * that the invalid index it left was dropped, and after the duplicates are deleted the same script completes.
 */
@FreshDatabase
class SafeFormsTest {

    private static final String SITE = "CREATE TABLE site (id int PRIMARY KEY, name text NOT NULL);";
    private static final String OLD = SITE + "CREATE TABLE obs (id int PRIMARY KEY, site_id int, code text,"
            + " value numeric);";
    private static final String NEW = SITE + "CREATE TABLE obs (id int PRIMARY KEY, site_id int REFERENCES site,"
            + " code text NOT NULL UNIQUE, value numeric, status text NOT NULL DEFAULT 'new');"
            + " CREATE INDEX obs_site_idx ON obs (site_id);";
    private static final String ROWS = "INSERT INTO site SELECT g, 'site ' || g FROM generate_series(1, 10) g;"
            + " INSERT INTO obs SELECT g, 1 + g % 10, 'obs-' || g, g * 0.5 FROM generate_series(1, 5000) g;";

    /** The upgrade and downgrade {@code diff} writes, from the {@code -- upgrade} line on. */
    static final String SAFE_SCRIPT = """
            -- upgrade
            -- WARNING sets NOT NULL on obs.code: this fails if a row holds NULL
            -- safe form: UPDATE obs SET code = <value> WHERE code IS NULL; ALTER TABLE obs ALTER COLUMN code SET NOT NULL;
            -- WARNING adds UNIQUE obs_code_key on obs: this fails if two rows share a key
            -- find them: SELECT code, count(*) FROM obs WHERE code IS NOT NULL GROUP BY code HAVING count(*) > 1;
            ALTER TABLE obs DROP CONSTRAINT IF EXISTS obs_code_not_null_check;
            ALTER TABLE obs ADD CONSTRAINT obs_code_not_null_check CHECK (code IS NOT NULL) NOT VALID;
            -- outside-transaction
            ALTER TABLE obs VALIDATE CONSTRAINT obs_code_not_null_check;
            -- end-outside-transaction
            ALTER TABLE obs ALTER COLUMN code SET NOT NULL;
            ALTER TABLE obs DROP CONSTRAINT IF EXISTS obs_code_not_null_check;
            ALTER TABLE obs ADD COLUMN IF NOT EXISTS status text NOT NULL DEFAULT 'new'::text;
            -- outside-transaction
            CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS obs_code_key ON obs (code);
            CREATE INDEX CONCURRENTLY IF NOT EXISTS obs_site_idx ON obs (site_id);
            -- end-outside-transaction
            ALTER TABLE obs DROP CONSTRAINT IF EXISTS obs_site_id_fkey;
            ALTER TABLE obs ADD CONSTRAINT obs_site_id_fkey FOREIGN KEY (site_id) REFERENCES site (id) NOT VALID;
            -- outside-transaction
            ALTER TABLE obs VALIDATE CONSTRAINT obs_site_id_fkey;
            -- end-outside-transaction
            ALTER TABLE obs ADD CONSTRAINT obs_code_key UNIQUE USING INDEX obs_code_key;

            -- downgrade
            ALTER TABLE obs DROP CONSTRAINT IF EXISTS obs_site_id_fkey;
            -- outside-transaction
            DROP INDEX CONCURRENTLY IF EXISTS obs_site_idx;
            -- end-outside-transaction
            ALTER TABLE obs DROP CONSTRAINT obs_code_key;
            ALTER TABLE obs DROP COLUMN status;
            ALTER TABLE obs ALTER COLUMN code DROP NOT NULL;
            """;

    private final TestDatabase db;
    private final DatabaseState state;
    private TestDatabase target;
    @TempDir
    Path dir;

    SafeFormsTest(TestDatabase db) {
        this.db = db;
        this.state = new DatabaseState(db);
    }

    @BeforeEach
    void databases() {
        state.reset();
        state.execute(OLD + ROWS);
        target = PostgresServer.shared().createDatabase("safe_forms_to");
        new DatabaseState(target).execute(NEW);
    }

    @AfterEach
    void dropTarget() {
        target.close();
    }

    /** What a new user saw before: the plain forms, each blocking writes; still what {@code --plain} writes. */
    @Test
    void plainFormsAreTheBlockingDdl() {
        String script = Migrations.diff(db.dataSource(), target.dataSource(), List.of(),
                MigrationsSettings.DEFAULTS.ownTables(), false);

        assertThat(fromUpgrade(script)).isEqualTo("""
                -- upgrade
                -- WARNING sets NOT NULL on obs.code: this fails if a row holds NULL
                -- safe form: UPDATE obs SET code = <value> WHERE code IS NULL; ALTER TABLE obs ALTER COLUMN code SET NOT NULL;
                -- WARNING adds UNIQUE obs_code_key on obs: this fails if two rows share a key
                -- find them: SELECT code, count(*) FROM obs WHERE code IS NOT NULL GROUP BY code HAVING count(*) > 1;
                ALTER TABLE obs ALTER COLUMN code SET NOT NULL;
                ALTER TABLE obs ADD COLUMN status text NOT NULL DEFAULT 'new'::text;
                ALTER TABLE obs ADD CONSTRAINT obs_code_key UNIQUE (code);
                CREATE INDEX obs_site_idx ON obs (site_id);
                ALTER TABLE obs ADD CONSTRAINT obs_site_id_fkey FOREIGN KEY (site_id) REFERENCES site (id);

                -- downgrade
                ALTER TABLE obs DROP CONSTRAINT obs_site_id_fkey;
                DROP INDEX obs_site_idx;
                ALTER TABLE obs DROP CONSTRAINT obs_code_key;
                ALTER TABLE obs DROP COLUMN status;
                ALTER TABLE obs ALTER COLUMN code DROP NOT NULL;
                """);
    }

    @Test
    void diffWritesTheSafeFormsWhichRoundTripAndLeaveEverythingValid() throws IOException {
        String script = Migrations.diff(db.dataSource(), target.dataSource(), List.of());
        assertThat(fromUpgrade(script)).isEqualTo(SAFE_SCRIPT);
        String id = write(script);
        SchemaModel old = reflect(db);

        migrations().upgrade("head");
        assertThat(state.versions()).containsExactly(id);
        assertThat(new SchemaDiff().compare(reflect(db), reflect(target)).isEmpty()).as("matches the target").isTrue();
        assertAllValid();

        migrations().downgrade("base");
        assertThat(state.versions()).isEmpty();
        assertThat(reflect(db)).as("the old schema again").isEqualTo(old);
        assertAllValid();

        migrations().upgrade("head");
        assertThat(new SchemaDiff().compare(reflect(db), reflect(target)).isEmpty()).as("matches the target").isTrue();
        assertAllValid();
        assertThat(state.strings("SELECT count(*) FROM obs")).containsExactly("5000");
    }

    @Test
    void aFailedConcurrentUniqueIndexLeavesNoInvalidIndexAndTheScriptRunsAgainOnceTheDataIsFixed()
            throws IOException {
        state.execute("UPDATE obs SET code = 'dup' WHERE id IN (7, 8)");
        String id = write(Migrations.diff(db.dataSource(), target.dataSource(), List.of()));
        Path file = dir.resolve(id + "_diff.sql");

        MigrationException e = catchThrowableOfType(MigrationException.class, () -> migrations().upgrade("head"));

        assertThat(e).hasMessage("Revision " + id + " (" + file + ") failed in upgrade at line 20: ERROR: could not"
                + " create unique index \"obs_code_key\"; statement: CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS"
                + " obs_code_key ON obs (code); dropped the invalid index obs_code_key that the failed CREATE INDEX"
                + " CONCURRENTLY left; the revision is partly applied: line 11 (ALTER TABLE obs DROP CONSTRAINT IF"
                + " EXISTS obs_code_not_null_check), line 12 (ALTER TABLE obs ADD CONSTRAINT obs_code_not_null_check"
                + " CHECK (code IS NOT NUL...), line 14 (ALTER TABLE obs VALIDATE CONSTRAINT obs_code_not_null_check)"
                + " and 3 more committed before the failure, and the version"
                + " table still holds no revision; undo them by hand, or make them idempotent (IF NOT EXISTS, IF"
                + " EXISTS), then run upgrade again");
        // exactly what the line says: the column, NOT NULL (its check dropped), no index, no constraint, no FK
        assertThat(state.strings("SELECT count(*) FROM pg_index WHERE NOT indisvalid")).containsExactly("0");
        assertThat(state.strings("SELECT indexname FROM pg_indexes WHERE tablename = 'obs' ORDER BY 1"))
                .containsExactly("obs_pkey");
        assertThat(state.strings("SELECT conname FROM pg_constraint WHERE conrelid = 'obs'::regclass ORDER BY 1"))
                .containsExactly("obs_pkey");
        assertThat(state.strings("SELECT attname || ' ' || attnotnull FROM pg_attribute WHERE attrelid ="
                + " 'obs'::regclass AND attnum > 0 ORDER BY attnum"))
                .containsExactly("id true", "site_id false", "code true", "value false", "status true");
        assertThat(state.versions()).isEmpty();

        state.execute("DELETE FROM obs WHERE id = 8");
        migrations().upgrade("head");

        assertThat(state.versions()).containsExactly(id);
        assertThat(new SchemaDiff().compare(reflect(db), reflect(target)).isEmpty()).as("matches the target").isTrue();
        assertAllValid();
    }

    /**
     * The acceptance line of issue 22: the safe script autogenerate writes is clean under the lint, and its trace on
     * populated tables shows no lock that blocks writers held across a scan; the plain script is neither.
     */
    @Test
    void theSafeScriptIsCleanUnderLintAndItsTraceHoldsNoBlockingLockAcrossAScan() throws IOException {
        String safe = Migrations.diff(db.dataSource(), target.dataSource(), List.of());
        String plain = Migrations.diff(db.dataSource(), target.dataSource(), List.of(),
                MigrationsSettings.DEFAULTS.ownTables(), false);
        String id = write(safe);

        assertThat(migrations().lintPending(LintOptions.defaults()).lines()).as("lint of the safe script").isEmpty();
        assertThat(traceFindings(safe)).as("trace of the safe script").isEmpty();

        Files.delete(dir.resolve(id + "_diff.sql"));
        write(plain);
        assertThat(migrations().lintPending(LintOptions.defaults()).findings()).extracting(LintFinding::rule)
                .contains("set-not-null", "unique-without-index", "index-without-concurrently",
                        "constraint-without-not-valid");
        assertThat(traceFindings(plain)).as("trace of the plain script").isNotEmpty()
                .allMatch(line -> line.contains("[lock-held-across-scan]"));
    }

    /** The trace's findings for {@code script} after a base revision that creates the old tables, on a scratch database. */
    private List<String> traceFindings(String script) throws IOException {
        Path traced = Files.createTempDirectory(dir, "trace");
        Files.writeString(traced.resolve("0000000000ba_old.sql"), "-- revision: 0000000000ba\n-- down_revision:\n"
                + "-- message: old\n\n-- upgrade\n" + OLD.replace(";", ";\n") + "\n-- downgrade\nDROP TABLE obs;\n"
                + "DROP TABLE site;\n");
        String id = script.lines().findFirst().orElseThrow().substring("-- revision: ".length());
        Files.writeString(traced.resolve(id + "_diff.sql"), script.replaceFirst("(?m)^-- down_revision:.*$",
                "-- down_revision: 0000000000ba"));
        try (TestDatabase scratch = PostgresServer.shared().createDatabase("safe_forms_trace")) {
            return LockTracer.of(Migrations.configure().locations(traced.toString()).load())
                    .trace(scratch.dataSource()).findings().stream().map(LockFinding::toString).toList();
        }
    }

    private void assertAllValid() {
        assertThat(state.strings("SELECT count(*) FROM pg_index WHERE NOT indisvalid")).as("invalid indexes")
                .containsExactly("0");
        assertThat(state.strings("SELECT count(*) FROM pg_constraint WHERE NOT convalidated"))
                .as("constraints not validated").containsExactly("0");
    }

    private Migrations migrations() {
        return Migrations.configure().dataSource(db.dataSource()).locations(dir.toString()).load();
    }

    /** Writes the script as {@code <id>_diff.sql}; returns its id. */
    private String write(String script) throws IOException {
        String id = script.lines().findFirst().orElseThrow().substring("-- revision: ".length());
        Files.writeString(dir.resolve(id + "_diff.sql"), script);
        return id;
    }

    private static String fromUpgrade(String script) {
        return script.substring(script.indexOf("-- upgrade\n"));
    }

    private static SchemaModel reflect(TestDatabase database) {
        try (Connection c = database.openConnection()) {
            return new SchemaReflector(new ReflectionScope(List.of("public"),
                    MigrationsSettings.DEFAULTS.ownTables().resolve(c).tables(), "public")).reflect(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

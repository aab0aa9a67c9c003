package org.opsdb.migrations.shell.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsdb.migrations.shell.reliability.Revisions.A;
import static org.opsdb.migrations.shell.reliability.Revisions.B;
import static org.opsdb.migrations.shell.reliability.Revisions.C;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.opsdb.migrations.shell.ConsoleResult;
import org.opsdb.migrations.shell.InProcessConsole;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * Where the version table is, as the settings {@code version-table} and {@code table-schema} place it: a qualified
 * name is parsed (not taken as a table name with a dot in it), a schema that does not exist is never created, a
 * version table elsewhere on the search path or left by an earlier release is named, and a user who cannot create
 * the tables is told so. Every refusal: exit 1, one line naming the setting, nothing on standard output, the
 * database unchanged (schemas and tables of every schema included).
 */
@ResourceLock(InProcessConsole.SPRING_CONTEXT)
@FreshDatabase
@Timeout(120)
class VersionTableSettingsTest {

    /** A role that may connect and read schema public, but not create in it (cluster-wide, so never dropped). */
    static final String READER = "opsdb_vtable_reader";

    private final TestDatabase db;
    @TempDir
    Path dir;

    VersionTableSettingsTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void emptyDatabase() {
        DatabaseSnapshot.execute(db, "DROP SCHEMA IF EXISTS app CASCADE; DROP SCHEMA IF EXISTS pubilc CASCADE;"
                + " DROP SCHEMA IF EXISTS \"odd.schema\" CASCADE; DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        Revisions.layOut(dir, Revisions.chain());
    }

    private InProcessConsole console(String... settings) {
        return consoleAs(db.username(), db.password(), settings);
    }

    private InProcessConsole consoleAs(String user, String password, String... settings) {
        List<String> properties = new ArrayList<>(List.of("opsdb.migrations.locations=" + dir,
                "spring.datasource.url=" + db.jdbcUrl(), "spring.datasource.username=" + user));
        if (password != null) {
            properties.add("spring.datasource.password=" + password);
        }
        for (String setting : settings) {
            properties.add("opsdb.migrations." + setting);
        }
        return new InProcessConsole(properties.toArray(String[]::new));
    }

    /** Applies the chain with the default settings: version table {@code public.alembic_version}. */
    private void applied() {
        try (InProcessConsole console = console()) {
            assertThat(console.run("upgrade head").exitCode()).isZero();
        }
    }

    /** Every schema and table outside the system schemas, then the public schema's catalog and rows. */
    private List<String> everything() {
        List<String> lines = new ArrayList<>(strings("SELECT 'relation ' || n.nspname || '.' || c.relname"
                + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p', 'v')"
                + " AND n.nspname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1"));
        lines.addAll(strings("SELECT 'schema ' || nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%'"
                + " AND nspname <> 'information_schema' ORDER BY 1"));
        lines.addAll(DatabaseSnapshot.capture(db));
        return lines;
    }

    private List<String> strings(String sql) {
        List<String> out = new ArrayList<>();
        try (Connection c = db.openConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** Runs {@code command} with {@code settings}: exit 1, {@code line} alone on standard error, nothing changed. */
    private void refused(String command, String line, String... settings) {
        List<String> before = everything();
        try (InProcessConsole console = console(settings)) {
            assertThat(console.run(command)).isEqualTo(new ConsoleResult("", line + "\n", 1));
        }
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void aQualifiedVersionTableIsTheTableInThatSchema() {
        applied();
        // an earlier release created a table named "public.alembic_version" and applied every revision again
        try (InProcessConsole console = console("version-table=public.alembic_version")) {
            assertThat(console.run("upgrade head")).isEqualTo(new ConsoleResult("Nothing to upgrade; at " + C
                    + " (head)\n", "", 0));
            assertThat(console.run("current")).isEqualTo(new ConsoleResult(C + " (head)\n", "", 0));
        }
        assertThat(strings("SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n"
                + " ON n.oid = c.relnamespace WHERE c.relname LIKE '%alembic_version' AND c.relkind = 'r'"))
                .containsExactly("public.alembic_version");
    }

    @Test
    void aQualifiedVersionTableOnAnEmptyDatabaseIsCreatedInThatSchema() {
        DatabaseSnapshot.execute(db, "CREATE SCHEMA \"odd.schema\"");
        try (InProcessConsole console = console("version-table=\"odd.schema\".\"Version Table\"")) {
            assertThat(console.run("upgrade head").exitCode()).isZero();
        }
        assertThat(strings("SELECT version_num FROM \"odd.schema\".\"Version Table\"")).containsExactly(C);
        assertThat(strings("SELECT count(*) FROM \"odd.schema\".opsdb_migration_history")).containsExactly("3");
    }

    @Test
    void aMisspeltSchemaOnAnExistingDatabaseIsRefusedAndNotCreated() {
        applied();
        refused("upgrade head", "Schema pubilc does not exist (table-schema=pubilc); the database's version table is"
                + " public.alembic_version, on the search path", "table-schema=pubilc");
        refused("current", "Schema pubilc does not exist (table-schema=pubilc); the database's version table is"
                + " public.alembic_version, on the search path", "table-schema=pubilc");
    }

    @Test
    void aMissingSchemaOnAnEmptyDatabaseIsRefusedWithTheStatementThatCreatesIt() {
        refused("upgrade head", "Schema pubilc does not exist (version-table=pubilc.alembic_version); correct the"
                + " setting, or create the schema first: CREATE SCHEMA pubilc", "version-table=pubilc.alembic_version");
        refused("stamp head", "Schema pubilc does not exist (table-schema=pubilc); correct the setting, or create the"
                + " schema first: CREATE SCHEMA pubilc", "table-schema=pubilc");
    }

    @Test
    void aVersionTableElsewhereOnTheSearchPathIsNamed() {
        applied();
        DatabaseSnapshot.execute(db, "CREATE SCHEMA app");
        refused("upgrade head", "Version table app.alembic_version does not exist (table-schema=app), but"
                + " public.alembic_version does, on the search path; correct the setting, or move that table to schema"
                + " app", "table-schema=app");
    }

    @Test
    void theTableAnEarlierReleaseMadeFromAQualifiedSettingIsNamed() {
        DatabaseSnapshot.execute(db, "CREATE TABLE \"public.alembic_version\" (version_num varchar(32) PRIMARY KEY);"
                + " INSERT INTO \"public.alembic_version\" VALUES ('" + B + "')");
        refused("upgrade head", "Version table public.alembic_version does not exist"
                + " (version-table=public.alembic_version), but public.\"public.alembic_version\" does: an earlier"
                + " release took the whole setting for the table's name; rename it: ALTER TABLE"
                + " public.\"public.alembic_version\" RENAME TO alembic_version",
                "version-table=public.alembic_version");
    }

    @Test
    void twoSettingsNamingDifferentSchemasAreRefused() {
        applied();
        refused("upgrade head", "version-table=app.alembic_version and table-schema=public name different schemas"
                + " (app, public); the version and history tables share one schema: name it once",
                "version-table=app.alembic_version", "table-schema=public");
    }

    @Test
    void aUserWhoCannotCreateTheVersionTableIsToldSoOnOneLine() {
        DatabaseSnapshot.execute(db, "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + READER
                + "') THEN CREATE ROLE " + READER + " LOGIN; END IF; END $$;"
                + " GRANT USAGE ON SCHEMA public TO " + READER);
        List<String> before = everything();
        try (InProcessConsole console = consoleAs(READER, null)) {
            // no "Running upgrade ... failed" on standard output, and the first revision is not blamed
            assertThat(console.run("upgrade head")).isEqualTo(new ConsoleResult("", "Cannot create the version table"
                    + " public.alembic_version as user " + READER + ": permission denied for schema public\n", 1));
            assertThat(console.run("stamp head")).isEqualTo(new ConsoleResult("", "Cannot create the version table"
                    + " public.alembic_version as user " + READER + ": permission denied for schema public\n", 1));
        }
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void theHistoryTableIsPlacedBesideTheVersionTable() {
        DatabaseSnapshot.execute(db, "CREATE SCHEMA app");
        try (InProcessConsole console = console("version-table=app.alembic_version")) {
            assertThat(console.run("upgrade " + A).exitCode()).isZero();
        }
        try (InProcessConsole console = console("table-schema=app", "history-table=app.opsdb_migration_history")) {
            assertThat(console.run("upgrade " + B).exitCode()).isZero();
        }
        assertThat(strings("SELECT revision FROM app.opsdb_migration_history ORDER BY id")).containsExactly(A, B);
        assertThat(strings("SELECT version_num FROM app.alembic_version")).containsExactly(B);
    }
}

package org.opsdb.migrations.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.MigrationsSettings;
import org.opsdb.migrations.diff.SchemaDiff;
import org.opsdb.migrations.locktrace.LockFinding;
import org.opsdb.migrations.locktrace.LockTracer;
import org.opsdb.migrations.reflect.ReflectionScope;
import org.opsdb.migrations.reflect.SchemaReflector;
import org.opsdb.migrations.runtime.DatabaseState;
import org.opsdb.migrations.schema.SchemaModel;
import org.opsdb.migrations.testdb.PostgresServer;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * The base of a test of autogenerate's safe forms (a {@code @FreshDatabase} class): before each test the test's
 * database is reset to the old schema with its rows and a target database is created with the new one; scripts go
 * to a temporary directory. Diffs the two (safe or plain), writes the script, runs it, compares with the target and
 * traces it on a scratch database.
 */
abstract class SafeFormsScenario {

    final TestDatabase db;
    final DatabaseState state;
    @TempDir
    Path dir;
    private final String oldSchema;
    private final String targetName;
    private final String targetSchema;
    private TestDatabase target;

    /** The test's database, the old schema with its rows, and the target database's name and schema. */
    SafeFormsScenario(TestDatabase db, String oldSchema, String targetName, String targetSchema) {
        this.db = db;
        this.state = new DatabaseState(db);
        this.oldSchema = oldSchema;
        this.targetName = targetName;
        this.targetSchema = targetSchema;
    }

    @BeforeEach
    void databases() {
        state.reset();
        state.execute(oldSchema);
        target = PostgresServer.shared().createDatabase(targetName);
        new DatabaseState(target).execute(targetSchema);
    }

    @AfterEach
    void dropTarget() {
        target.close();
    }

    /** The script {@code diff} writes from the database to the target, with the safe forms. */
    String safeDiff() {
        return Migrations.diff(db.dataSource(), target.dataSource(), List.of());
    }

    /** The script {@code diff --plain} writes. */
    String plainDiff() {
        return Migrations.diff(db.dataSource(), target.dataSource(), List.of(),
                MigrationsSettings.DEFAULTS.ownTables(), false);
    }

    /** Writes the script as {@code <id>_diff.sql}; returns its id. */
    String write(String script) throws IOException {
        String id = id(script);
        Files.writeString(dir.resolve(id + "_diff.sql"), script);
        return id;
    }

    /** The migrations of the scripts written, on the test's database. */
    Migrations migrations() {
        return Migrations.configure().dataSource(db.dataSource()).locations(dir.toString()).load();
    }

    /** Whether the database's schema is the target's. */
    boolean matchesTarget() {
        return new SchemaDiff().compare(reflect(db), reflect(target)).isEmpty();
    }

    /**
     * The trace's findings for {@code script} after a base revision whose upgrade is {@code oldSchema} and downgrade
     * {@code oldDowngrade}, on a scratch database {@code scratchName}.
     */
    List<String> traceFindings(String script, String oldSchema, String oldDowngrade, String scratchName)
            throws IOException {
        Path traced = Files.createTempDirectory(dir, "trace");
        Files.writeString(traced.resolve("0000000000ba_old.sql"), "-- revision: 0000000000ba\n-- down_revision:\n"
                + "-- message: old\n\n-- upgrade\n" + oldSchema.replace(";", ";\n") + "\n-- downgrade\n"
                + oldDowngrade.replace(";", ";\n"));
        Files.writeString(traced.resolve(id(script) + "_diff.sql"), script.replaceFirst("(?m)^-- down_revision:.*$",
                "-- down_revision: 0000000000ba"));
        try (TestDatabase scratch = PostgresServer.shared().createDatabase(scratchName)) {
            return LockTracer.of(Migrations.configure().locations(traced.toString()).load())
                    .trace(scratch.dataSource()).findings().stream().map(LockFinding::toString).toList();
        }
    }

    /** The script from its {@code -- upgrade} line on. */
    static String fromUpgrade(String script) {
        return script.substring(script.indexOf("-- upgrade\n"));
    }

    /** The {@code public} schema of {@code database}, without the version and history tables. */
    static SchemaModel reflect(TestDatabase database) {
        try (Connection c = database.openConnection()) {
            return new SchemaReflector(new ReflectionScope(List.of("public"),
                    MigrationsSettings.DEFAULTS.ownTables().resolve(c).tables(), "public")).reflect(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String id(String script) {
        return script.lines().findFirst().orElseThrow().substring("-- revision: ".length());
    }
}

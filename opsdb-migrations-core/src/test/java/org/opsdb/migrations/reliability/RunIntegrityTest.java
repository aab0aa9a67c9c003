package org.opsdb.migrations.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.runtime.DatabaseState;
import org.opsdb.migrations.runtime.MigrationException;
import org.opsdb.migrations.runtime.MigrationResult;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * What a run must not let pass in silence: a revision that changes the version table itself or releases the
 * migration lock fails and is rolled back; a version table with two rows on one branch is refused until a stamp
 * corrects it; a missing history table is created with a warning, an altered one is named in the error.
 */
@FreshDatabase
class RunIntegrityTest {

    static final String A = "a10000000001";
    static final String B = "b20000000002";
    static final String C = "c30000000003";
    /** The object id of the lock of version tables named {@code alembic_version} (the key leaves out the schema). */
    static final int LOCK_KEY = lockKey();

    private final TestDatabase db;
    private final DatabaseState state;
    @TempDir
    Path dir;

    RunIntegrityTest(TestDatabase db) {
        this.db = db;
        this.state = new DatabaseState(db);
    }

    private static int lockKey() {
        CRC32 crc = new CRC32();
        crc.update("alembic_version".getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    @BeforeEach
    void alphaApplied() throws IOException {
        state.reset();
        write(A, "", "create alpha", "CREATE TABLE alpha (id int);");
        migrations().upgrade(A);
    }

    private void write(String id, String down, String message, String upgrade) throws IOException {
        Files.writeString(dir.resolve(id + "_" + message.replace(' ', '_') + ".sql"), "-- revision: " + id
                + "\n-- down_revision: " + down + "\n-- message: " + message + "\n\n-- upgrade\n" + upgrade + "\n");
    }

    private Migrations migrations() {
        return Migrations.configure().dataSource(db.dataSource()).locations(dir.toString()).load();
    }

    private String failure(String what) {
        return "Revision " + B + " (" + dir + "/" + B + "_create_beta.sql) failed in upgrade: " + what;
    }

    private void assertAtAlphaWithTheFailureRecorded() {
        assertThat(state.versions()).containsExactly(A);
        assertThat(state.tables()).containsExactly("alembic_version", "alpha", "opsdb_migration_history");
        assertThat(state.history()).containsExactly(A + " up true", B + " up false");
    }

    @Test
    void aRevisionThatDeletesTheVersionRowFailsAndIsRolledBack() throws IOException {
        write(B, A, "create beta", "CREATE TABLE beta (id int);\nDELETE FROM alembic_version;");

        assertThatThrownBy(() -> migrations().upgrade("head")).isInstanceOf(MigrationException.class)
                .hasMessage(failure("it changed the version table alembic_version itself: after it the table should"
                        + " hold " + B + " but holds no row, so its transaction was rolled back"));
        assertAtAlphaWithTheFailureRecorded();
    }

    @Test
    void aRevisionThatAddsAVersionRowFailsAndIsRolledBack() throws IOException {
        write(B, A, "create beta", "CREATE TABLE beta (id int);\nINSERT INTO alembic_version VALUES ('" + C + "');");

        assertThatThrownBy(() -> migrations().upgrade("head")).isInstanceOf(MigrationException.class)
                .hasMessage(failure("it changed the version table alembic_version itself: after it the table should"
                        + " hold " + B + " but holds " + B + ", " + C + ", so its transaction was rolled back"));
        assertAtAlphaWithTheFailureRecorded();
    }

    @Test
    void aRevisionThatReleasesTheMigrationLockFailsAndIsRolledBack() throws IOException {
        for (String unlock : List.of("SELECT pg_advisory_unlock_all();",
                "SELECT pg_advisory_unlock(1869640548, " + LOCK_KEY + ");")) {
            write(B, A, "create beta", "CREATE TABLE beta (id int);\n" + unlock);

            assertThatThrownBy(() -> migrations().upgrade("head")).isInstanceOf(MigrationException.class)
                    .hasMessage(failure("it released the migration lock, the advisory lock (1869640548, " + LOCK_KEY
                            + ") for public.alembic_version (pg_advisory_unlock_all(), pg_advisory_unlock or DISCARD"
                            + " ALL); another migrator could run at the same time, so its transaction was rolled"
                            + " back"));
            assertThat(state.versions()).containsExactly(A);
            assertThat(state.tables()).containsExactly("alembic_version", "alpha", "opsdb_migration_history");
            assertThat(state.strings("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                    + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"))
                    .containsExactly("0");
        }
        assertThat(state.history()).containsExactly(A + " up true", B + " up false", B + " up false");
    }

    @Test
    void twoVersionRowsOnOneBranchAreRefusedUntilAStampCorrectsThem() throws IOException {
        write(B, A, "create beta", "CREATE TABLE beta (id int);");
        write(C, B, "create gamma", "CREATE TABLE gamma (id int);");
        migrations().upgrade(B);
        state.execute("INSERT INTO alembic_version VALUES ('" + A + "')");
        List<String> catalog = state.tables();
        String refused = "Version table alembic_version holds " + A + ", " + B + ", but " + A + " is an ancestor of "
                + B + " and a branch keeps one row; run 'stamp " + B + "' if " + B + " is applied, or 'stamp " + A
                + "' if it is not";

        // upgrade with work to do (it used to drop the lower row and go on), with none (the boot's check), current
        assertThatThrownBy(() -> migrations().upgrade("head")).isInstanceOf(MigrationException.class)
                .hasMessage(refused);
        assertThatThrownBy(() -> migrations().upgrade(B)).hasMessage(refused);
        assertThatThrownBy(() -> migrations().downgrade(A)).hasMessage(refused);
        assertThatThrownBy(() -> migrations().current()).hasMessage(refused);
        assertThat(state.versions()).containsExactly(A, B);
        assertThat(state.tables()).isEqualTo(catalog);

        migrations().stamp(B);
        assertThat(state.versions()).containsExactly(B);
        assertThat(migrations().upgrade("head").steps()).hasSize(1);
        assertThat(state.versions()).containsExactly(C);
    }

    @Test
    void anAlteredHistoryTableIsNamedInOneLine() throws IOException {
        write(B, A, "create beta", "CREATE TABLE beta (id int);");
        state.execute("ALTER TABLE opsdb_migration_history DROP COLUMN checksum");

        // it used to be "Database error: ERROR: column "checksum" does not exist", naming no table
        assertThatThrownBy(() -> migrations().upgrade("head")).isInstanceOf(MigrationException.class)
                .hasMessage("History table opsdb_migration_history was altered (ERROR: column \"checksum\" does not"
                        + " exist); it needs the columns id, revision, direction, message, script, checksum,"
                        + " duration_ms, applied_by, applied_at, success: add the missing one back, or rename the table"
                        + " away so that the next run creates a new, empty one");
        assertThat(state.versions()).containsExactly(A);
        assertThat(state.tables()).containsExactly("alembic_version", "alpha", "opsdb_migration_history");
    }

    @Test
    void aMissingHistoryTableIsCreatedWithAWarning() throws IOException {
        write(B, A, "create beta", "CREATE TABLE beta (id int);");
        state.execute("DROP TABLE opsdb_migration_history");

        MigrationResult result = migrations().upgrade("head");

        assertThat(result.warnings()).containsExactly("History table opsdb_migration_history does not exist beside"
                + " version table alembic_version (at " + A + "); creating it empty, so the steps before this run are"
                + " not in it and their checksums cannot be checked (expected once when adopting an Alembic database;"
                + " otherwise it was dropped)");
        assertThat(state.versions()).containsExactly(B);
        assertThat(state.history()).containsExactly(B + " up true");
        write(C, B, "create gamma", "CREATE TABLE gamma (id int);");
        assertThat(migrations().upgrade("head").warnings()).isEmpty();
    }
}

package org.opsdb.migrations.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.runtime.DatabaseState;
import org.opsdb.migrations.runtime.MigrationException;
import org.opsdb.migrations.runtime.TransactionMode;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * An outside-transaction block commits what ran before it and runs its own statements in auto-commit, so a revision
 * that fails after it is partly applied while the version table stays behind: the error line says so, names the
 * statements that committed (their lines in the file) and how to go on; the database holds exactly those.
 */
@FreshDatabase
class PartlyAppliedTest {

    static final String A = "a10000000001";
    static final String B = "b20000000002";

    private final TestDatabase db;
    private final DatabaseState state;
    @TempDir
    Path dir;

    PartlyAppliedTest(TestDatabase db) {
        this.db = db;
        this.state = new DatabaseState(db);
    }

    @BeforeEach
    void reset() {
        state.reset();
    }

    /** Writes {@code <id>_<slug>.sql}; its upgrade section starts on line 6. */
    private Path write(String id, String down, String message, String upgrade) throws IOException {
        return Files.writeString(dir.resolve(id + "_" + message.replace(' ', '_') + ".sql"), "-- revision: " + id
                + "\n-- down_revision: " + down + "\n-- message: " + message + "\n\n-- upgrade\n" + upgrade + "\n");
    }

    private Migrations migrations(TransactionMode mode) {
        return Migrations.configure().dataSource(db.dataSource()).locations(dir.toString()).transactionMode(mode)
                .load();
    }

    /** Beta: a table (line 6), then a block of three indexes (lines 8 to 10) whose second fails. */
    private void betaFailingInItsBlock() throws IOException {
        write(A, "", "create alpha", "CREATE TABLE alpha (id int);");
        write(B, A, "index beta", """
                CREATE TABLE beta (id int, code text);
                -- outside-transaction
                CREATE INDEX CONCURRENTLY beta_id ON beta (id);
                CREATE INDEX CONCURRENTLY beta_nosuch ON beta (nosuch);
                CREATE INDEX CONCURRENTLY beta_code ON beta (code);
                -- end-outside-transaction
                INSERT INTO beta VALUES (1, 'one');""");
    }

    private String betaFailure() {
        return "Revision " + B + " (" + dir + "/" + B + "_index_beta.sql) failed in upgrade at line 9: ERROR: column"
                + " \"nosuch\" does not exist; statement: CREATE INDEX CONCURRENTLY beta_nosuch ON beta (nosuch); ";
    }

    private java.util.List<String> betaIndexes() {
        return state.strings("SELECT indexname FROM pg_indexes WHERE tablename = 'beta' ORDER BY 1");
    }

    @Test
    void aBlockFailingOnItsSecondStatementNamesWhatCommittedAndHowToGoOn() throws IOException {
        betaFailingInItsBlock();

        MigrationException e = catchThrowableOfType(MigrationException.class,
                () -> migrations(TransactionMode.PER_REVISION).upgrade("head"));

        assertThat(e).hasMessage(betaFailure() + "the revision is partly applied: line 6 (CREATE TABLE beta (id int,"
                + " code text)) and line 8 (CREATE INDEX CONCURRENTLY beta_id ON beta (id)) committed before the"
                + " failure, and the version table still holds " + A + "; undo them by hand, or make them idempotent"
                + " (IF NOT EXISTS, IF EXISTS), then run upgrade again");
        assertThat(e.committed()).extracting(step -> step.revision().id()).containsExactly(A);
        // exactly what the line says committed: the table and the first index, not the third index nor the row
        assertThat(state.versions()).containsExactly(A);
        assertThat(state.tables()).containsExactly("alembic_version", "alpha", "beta", "opsdb_migration_history");
        assertThat(betaIndexes()).containsExactly("beta_id");
        assertThat(state.strings("SELECT count(*) FROM beta")).containsExactly("0");
        assertThat(state.history()).containsExactly(A + " up true", B + " up false");

        // going on as the line says: the committed statements made idempotent, the failing one fixed
        write(B, A, "index beta", """
                CREATE TABLE IF NOT EXISTS beta (id int, code text);
                -- outside-transaction
                CREATE INDEX CONCURRENTLY IF NOT EXISTS beta_id ON beta (id);
                CREATE INDEX CONCURRENTLY beta_code ON beta (code);
                -- end-outside-transaction
                INSERT INTO beta VALUES (1, 'one');""");
        assertThat(migrations(TransactionMode.PER_REVISION).upgrade("head").steps()).hasSize(1);
        assertThat(state.versions()).containsExactly(B);
        assertThat(betaIndexes()).containsExactly("beta_code", "beta_id");
        assertThat(state.history()).containsExactly(A + " up true", B + " up false", B + " up true");
    }

    @Test
    void inTheFirstRevisionTheBlockCommitsTheToolTablesAndTheFailedAttemptIsRecorded() throws IOException {
        write(A, "", "create alpha", """
                CREATE TABLE alpha (id int);
                -- outside-transaction
                CREATE INDEX CONCURRENTLY alpha_nosuch ON alpha (nosuch);
                -- end-outside-transaction""");

        MigrationException e = catchThrowableOfType(MigrationException.class,
                () -> migrations(TransactionMode.PER_REVISION).upgrade("head"));

        assertThat(e).hasMessage("Revision " + A + " (" + dir + "/" + A + "_create_alpha.sql) failed in upgrade at"
                + " line 8: ERROR: column \"nosuch\" does not exist; statement: CREATE INDEX CONCURRENTLY alpha_nosuch"
                + " ON alpha (nosuch); the revision is partly applied: line 6 (CREATE TABLE alpha (id int)) committed"
                + " before the failure, and the version table still holds no revision; undo it by hand, or make it"
                + " idempotent (IF NOT EXISTS, IF EXISTS), then run upgrade again");
        assertThat(state.tables()).containsExactly("alembic_version", "alpha", "opsdb_migration_history");
        assertThat(state.versions()).isEmpty();
        assertThat(state.history()).containsExactly(A + " up false");
    }

    @Test
    void aJavaMigrationNamesTheCommittedStatementsByTheirPosition() {
        Migrations migrations = Migrations.configure().dataSource(db.dataSource())
                .locations("classpath:db/testmigrations/javaoutside").classLoader(getClass().getClassLoader()).load();
        migrations.upgrade("da0000000001");

        MigrationException e = catchThrowableOfType(MigrationException.class, () -> migrations.upgrade("heads"));

        assertThat(e).hasMessage("Revision db0000000002 (db.testmigrations.javaoutside.IndexHalfway) failed in"
                + " upgrade: ERROR: column \"nosuch\" does not exist; statement: CREATE INDEX CONCURRENTLY ledger_nosuch"
                + " ON ledger (nosuch); the revision is partly applied: statement 1 (ALTER TABLE ledger ADD COLUMN note"
                + " text) and statement 2 (CREATE INDEX CONCURRENTLY ledger_id ON ledger (id)) committed before the"
                + " failure, and the version table still holds da0000000001; undo them by hand, or make them"
                + " idempotent (IF NOT EXISTS, IF EXISTS), then run upgrade again");
        assertThat(state.versions()).containsExactly("da0000000001");
        assertThat(state.strings("SELECT attname FROM pg_attribute WHERE attrelid = 'ledger'::regclass AND attnum > 0"
                + " ORDER BY attnum")).containsExactly("id", "amount", "note");
        assertThat(state.strings("SELECT indexname FROM pg_indexes WHERE tablename = 'ledger'"))
                .containsExactly("ledger_id");
    }

    @Test
    void inSingleTransactionModeTheBlockAlsoCommitsTheRevisionsBeforeIt() throws IOException {
        betaFailingInItsBlock();

        MigrationException e = catchThrowableOfType(MigrationException.class,
                () -> migrations(TransactionMode.SINGLE).upgrade("head"));

        assertThat(e).hasMessage(betaFailure() + "the revision is partly applied: line 6 (CREATE TABLE beta (id int,"
                + " code text)) and line 8 (CREATE INDEX CONCURRENTLY beta_id ON beta (id)) committed before the"
                + " failure, as did revision " + A + " before them, and the version table holds " + A + "; undo them"
                + " by hand, or make them idempotent (IF NOT EXISTS, IF EXISTS), then run upgrade again");
        assertThat(e.committed()).extracting(step -> step.revision().id()).containsExactly(A);
        assertThat(state.versions()).containsExactly(A);
        assertThat(betaIndexes()).containsExactly("beta_id");
        assertThat(state.history()).containsExactly(A + " up true", B + " up false");
    }
}

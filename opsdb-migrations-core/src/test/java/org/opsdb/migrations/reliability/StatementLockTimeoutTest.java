package org.opsdb.migrations.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.runtime.DatabaseState;
import org.opsdb.migrations.runtime.MigrationException;
import org.opsdb.migrations.runtime.TransactionMode;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * A table lock held by another session (ACCESS EXCLUSIVE, as a long transaction or a pending ALTER would hold it):
 * a migration statement waits at most the statement lock timeout, its revision is rolled back and tried again a
 * bounded number of times, then the run fails with one line and the database unchanged; when the lock goes away
 * during the retries, the run completes.
 */
@FreshDatabase
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StatementLockTimeoutTest {

    static final String ONE = "10c000000001";
    static final String TWO = "10c000000002";

    private final TestDatabase db;
    private final DatabaseState probe;
    @TempDir
    Path dir;

    StatementLockTimeoutTest(TestDatabase db) {
        this.db = db;
        this.probe = new DatabaseState(db);
    }

    @BeforeEach
    void firstRevisionApplied() throws IOException {
        probe.reset();
        write(ONE, "", "create gamma", "CREATE TABLE gamma (id int PRIMARY KEY);");
        write(TWO, ONE, "add note", "CREATE TABLE delta (id int);\nALTER TABLE gamma ADD COLUMN note text;");
        migrations(TransactionMode.PER_REVISION, 0).upgrade(ONE);
    }

    private void write(String id, String down, String message, String upgrade) throws IOException {
        Files.writeString(dir.resolve(id + "_" + message.replace(' ', '_') + ".sql"), "-- revision: " + id
                + "\n-- down_revision: " + down + "\n-- message: " + message + "\n\n-- upgrade\n" + upgrade + "\n");
    }

    private Migrations migrations(TransactionMode mode, int retries) {
        return Migrations.configure().dataSource(db.dataSource()).locations(dir.toString()).transactionMode(mode)
                .statementLockTimeout(Duration.ofMillis(200)).statementLockRetries(retries)
                .statementLockRetryBackoff(Duration.ofMillis(100)).load();
    }

    /** Another session holding ACCESS EXCLUSIVE on gamma until closed. */
    private Connection lockGamma() throws SQLException {
        Connection holder = db.openConnection();
        holder.setAutoCommit(false);
        try (Statement st = holder.createStatement()) {
            st.execute("LOCK TABLE gamma IN ACCESS EXCLUSIVE MODE");
        }
        return holder;
    }

    /** Closes {@code holder} (so its lock goes) after {@code millis}, on another thread. */
    private static CompletableFuture<Void> releasedAfter(Connection holder, long millis) {
        return CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(millis);
                holder.close();
            } catch (InterruptedException | SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aTableLockHeldElsewhereFailsAfterTheRetriesWithOneLineAndChangesNothing() throws Exception {
        long start;
        try (Connection holder = lockGamma()) {
            start = System.nanoTime();
            assertThatThrownBy(() -> migrations(TransactionMode.PER_REVISION, 2).upgrade("head"))
                    .isInstanceOf(MigrationException.class)
                    .hasMessage("Revision " + TWO + " (" + dir + "/" + TWO + "_add_note.sql) failed in upgrade at line 7:"
                            + " ERROR: canceling statement due to lock timeout (3 attempts, lock_timeout 200 ms each);"
                            + " statement: ALTER TABLE gamma ADD COLUMN note text");
        }
        // three waits of 200 ms and two pauses of 100 and 200 ms: well under the 5 s bound
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(probe.versions()).containsExactly(ONE);
        assertThat(probe.tables()).containsExactly("alembic_version", "gamma", "opsdb_migration_history");
        assertThat(probe.strings("SELECT attname FROM pg_attribute WHERE attrelid = 'gamma'::regclass AND attnum > 0"
                + " ORDER BY attnum")).containsExactly("id");
        assertThat(probe.history()).containsExactly(ONE + " up true", TWO + " up false");
    }

    @Test
    void inSingleTransactionModeTheWholeRunIsRetriedAndFailsUnchanged() throws Exception {
        try (Connection holder = lockGamma()) {
            assertThatThrownBy(() -> migrations(TransactionMode.SINGLE, 1).upgrade("head"))
                    .hasMessageEndingWith("failed in upgrade at line 7: ERROR: canceling statement due to lock"
                            + " timeout (2 attempts, lock_timeout 200 ms each); statement: ALTER TABLE gamma ADD"
                            + " COLUMN note text");
        }
        assertThat(probe.versions()).containsExactly(ONE);
        assertThat(probe.tables()).containsExactly("alembic_version", "gamma", "opsdb_migration_history");
    }

    @Test
    void aLockReleasedDuringTheRetriesLetsTheRunComplete() throws Exception {
        CompletableFuture<Void> release = releasedAfter(lockGamma(), 500);
        assertThat(migrations(TransactionMode.PER_REVISION, 5).upgrade("head").steps()).hasSize(1);
        release.get();
        assertThat(probe.versions()).containsExactly(TWO);
        assertThat(probe.strings("SELECT attname FROM pg_attribute WHERE attrelid = 'gamma'::regclass AND attnum > 0"
                + " ORDER BY attnum")).containsExactly("id", "note");
        // the rolled-back attempts leave no history rows: one row per revision
        assertThat(probe.history()).containsExactly(ONE + " up true", TWO + " up true");
    }

    @Test
    void anOutsideTransactionBlockWaitsForTheLockInsteadOfTimingOut() throws Exception {
        Files.delete(dir.resolve(TWO + "_add_note.sql"));
        write(TWO, ONE, "index gamma", "-- outside-transaction\nCREATE INDEX CONCURRENTLY gamma_note ON gamma (id);\n"
                + "-- end-outside-transaction");
        CompletableFuture<Void> release = releasedAfter(lockGamma(), 1000);
        assertThat(migrations(TransactionMode.PER_REVISION, 0).upgrade("head").steps()).hasSize(1);
        release.get();
        assertThat(probe.versions()).containsExactly(TWO);
        assertThat(probe.strings("SELECT indexname FROM pg_indexes WHERE tablename = 'gamma' ORDER BY 1"))
                .containsExactly("gamma_note", "gamma_pkey");
    }
}

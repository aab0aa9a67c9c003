package org.opsdb.migrations.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.runtime.DatabaseState;
import org.opsdb.migrations.runtime.MigrationException;
import org.opsdb.migrations.runtime.TransactionMode;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * The migrator's connection is dropped ({@code pg_terminate_backend} from another session) while revision 2 of 2
 * sleeps: the error is one line naming the revision and the lost connection, the database stays at revision 1,
 * no lock is left behind, and a rerun completes.
 */
@FreshDatabase
class ConnectionLossTest {

    static final String FIRST = "5100000000a1";
    static final String SLOW = "5100000000a2";

    private final TestDatabase db;
    private final DatabaseState probe;

    ConnectionLossTest(TestDatabase db) {
        this.db = db;
        this.probe = new DatabaseState(db);
    }

    @BeforeEach
    void reset() {
        probe.reset();
        probe.execute("ALTER DATABASE " + db.name() + " SET reliability.sleep_seconds = '30'");
    }

    @AfterEach
    void noMoreSleeping() {
        probe.execute("ALTER DATABASE " + db.name() + " RESET reliability.sleep_seconds");
    }

    private Migrations migrations(TransactionMode mode) {
        return Migrations.configure().dataSource(db.dataSource()).locations("classpath:db/reliability_sleep")
                .transactionMode(mode).load();
    }

    private MigrationException upgradeAndTerminate(TransactionMode mode) throws Exception {
        CompletableFuture<Void> run = CompletableFuture.runAsync(() -> migrations(mode).upgrade("head"));
        int pid = probe.awaitBackendRunning("pg_sleep", 30);
        probe.strings("SELECT pg_terminate_backend(" + pid + ")");
        try {
            run.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return (MigrationException) e.getCause();
        }
        throw new AssertionError("the upgrade did not fail");
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void droppedConnectionIsAOneLineErrorNamingTheRevisionAndLeavesATrueRevision() throws Exception {
        MigrationException error = upgradeAndTerminate(TransactionMode.PER_REVISION);

        assertThat(error.getMessage()).isEqualTo("Revision " + SLOW + " (db/reliability_sleep/" + SLOW
                + "_slow_second.sql) failed in upgrade at line 8: the connection to the database was lost (FATAL: terminating"
                + " connection due to administrator command)");
        assertThat(probe.versions()).containsExactly(FIRST);
        assertThat(probe.tables()).containsExactly("alembic_version", "first", "opsdb_migration_history");
        assertThat(probe.history()).containsExactly(FIRST + " up true");
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void droppedConnectionInSingleTransactionModeLeavesNothingBehind() throws Exception {
        MigrationException error = upgradeAndTerminate(TransactionMode.SINGLE);

        assertThat(error.getMessage()).startsWith("Revision " + SLOW + " (db/reliability_sleep/" + SLOW
                + "_slow_second.sql) failed in upgrade at line 8: the connection to the database was lost (");
        assertThat(probe.tables()).isEmpty();
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void afterADroppedConnectionTheLockIsFreeAndARerunCompletes() throws Exception {
        upgradeAndTerminate(TransactionMode.PER_REVISION);
        assertThat(probe.strings("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"))
                .containsExactly("0");

        noMoreSleeping();
        Migrations again = Migrations.configure().dataSource(db.dataSource())
                .locations("classpath:db/reliability_sleep").lockTimeout(Duration.ofSeconds(2)).load();
        assertThat(again.upgrade("head").steps()).hasSize(1);
        assertThat(probe.versions()).containsExactly(SLOW);
        assertThat(probe.history()).containsExactly(FIRST + " up true", SLOW + " up true");
    }
}

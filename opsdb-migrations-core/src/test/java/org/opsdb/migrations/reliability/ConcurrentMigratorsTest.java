package org.opsdb.migrations.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.runtime.DatabaseState;
import org.opsdb.migrations.runtime.MigrationResult;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/** Eight migrators (eight {@link Migrations} instances on eight threads) start at once on one empty database. */
@FreshDatabase
class ConcurrentMigratorsTest {

    private static final int MIGRATORS = 8;

    private final TestDatabase db;
    private final DatabaseState probe;

    ConcurrentMigratorsTest(TestDatabase db) {
        this.db = db;
        this.probe = new DatabaseState(db);
    }

    @BeforeEach
    void reset() {
        probe.reset();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void eightMigratorsAtOnceApplyEveryRevisionExactlyOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(MIGRATORS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MigrationResult>> results = new ArrayList<>();
        for (int i = 0; i < MIGRATORS; i++) {
            Migrations migrations = Migrations.configure().dataSource(db.dataSource())
                    .locations("classpath:db/runtime_it").lockTimeout(Duration.ofSeconds(60)).load();
            results.add(pool.submit(() -> {
                start.await();
                return migrations.upgrade("head");
            }));
        }
        start.countDown();
        List<Integer> stepsPerMigrator = new ArrayList<>();
        for (Future<MigrationResult> result : results) {
            stepsPerMigrator.add(result.get(100, TimeUnit.SECONDS).steps().size());
        }
        pool.shutdown();

        // one migrator did all six steps, the seven others found nothing to do
        assertThat(stepsPerMigrator).containsExactlyInAnyOrder(6, 0, 0, 0, 0, 0, 0, 0);
        assertThat(probe.history()).containsExactly("3f9c1a2b7d40 up true", "a1b2c3d4e5f6 up true",
                "d00d00000002 up true", "c0ffee000001 up true", "e5e5e5e5e5e5 up true", "f00f00f00f06 up true");
        assertThat(probe.versions()).containsExactly("f00f00f00f06");
        assertThat(probe.tables()).containsExactly("alembic_version", "instrument", "observatory",
                "opsdb_migration_history", "telescope");
        assertThat(probe.strings("SELECT count(*) FROM observatory")).containsExactly("1");
        // and every lock is released
        assertThat(probe.strings("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")).containsExactly("0");
    }
}

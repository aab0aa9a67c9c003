package org.opsdb.migrations.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/** Concurrent migrators on one database, and a migrator that cannot get the lock in time. */
@FreshDatabase
class LockingTest {

    private final TestDatabase db;
    private final DatabaseState state;

    LockingTest(TestDatabase db) {
        this.db = db;
        this.state = new DatabaseState(db);
    }

    @BeforeEach
    void reset() {
        state.reset();
    }

    private Migrations migrations(Duration lockTimeout) {
        return Migrations.configure().dataSource(db.dataSource()).locations("classpath:db/runtime_it")
                .lockTimeout(lockTimeout).load();
    }

    @Test
    void twoMigratorsAtOnceApplyEveryRevisionExactlyOnce() throws Exception {
        int migrators = 2;
        ExecutorService pool = Executors.newFixedThreadPool(migrators);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MigrationResult>> results = new ArrayList<>();
        for (int i = 0; i < migrators; i++) {
            Migrations m = migrations(Duration.ofSeconds(60));
            results.add(pool.submit(() -> {
                start.await();
                return m.upgrade("head");
            }));
        }
        start.countDown();
        int applied = 0;
        for (Future<MigrationResult> result : results) {
            applied += result.get().steps().size();
        }
        pool.shutdown();
        assertThat(applied).isEqualTo(6);
        assertThat(state.strings("SELECT count(*) FROM opsdb_migration_history WHERE direction = 'up'"))
                .containsExactly("6");
        assertThat(state.strings("SELECT count(DISTINCT revision) FROM opsdb_migration_history")).containsExactly("6");
        assertThat(state.versions()).containsExactly("f00f00f00f06");
    }

    @Test
    void waitingLongerThanTheLockTimeoutFailsWithAClearMessage() throws Exception {
        try (Connection holder = db.openConnection(); Statement st = holder.createStatement()) {
            st.execute("SELECT pg_advisory_lock(" + AdvisoryLock.CLASS_ID + ", "
                    + lockObjectId() + ")");
            assertThatThrownBy(() -> migrations(Duration.ofMillis(300)).upgrade("head"))
                    .isInstanceOf(MigrationException.class)
                    .hasMessageMatching("Timed out after 300 ms waiting for the advisory lock \\(1869640548, -?\\d+\\)"
                            + " for public.alembic_version; another migrator \\(backend pid \\d+\\) is running");
        }
        assertThat(state.tables()).isEmpty();
    }

    private static int lockObjectId() {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update("alembic_version".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }
}

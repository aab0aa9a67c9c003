package org.opsdb.migrations.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.MigrationsConfiguration;
import org.opsdb.migrations.runtime.DatabaseState;
import org.opsdb.migrations.runtime.MigrationResult;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * Migrators that name the same version table differently ({@code alembic_version} through the search path,
 * {@code table-schema=public}, and {@code version-table=public.alembic_version}) start at once on one empty
 * database: they must take the same lock, so every revision is applied exactly once. Repeated for several rounds
 * (system property {@code opsdb.test.mixedRounds}, 5 by default); the figure is printed.
 */
@FreshDatabase
class MixedConfigurationConcurrencyTest {

    private static final int REVISIONS = 30;
    private static final int MIGRATORS = 6;

    private final TestDatabase db;
    private final DatabaseState probe;
    @TempDir
    Path dir;

    MixedConfigurationConcurrencyTest(TestDatabase db) {
        this.db = db;
        this.probe = new DatabaseState(db);
    }

    static String id(int k) {
        return String.format("c0ca%08d", k);
    }

    private void layOut() {
        for (int k = 1; k <= REVISIONS; k++) {
            String body = (k == 1 ? "CREATE TABLE applied (revision text NOT NULL);\n" : "")
                    + "INSERT INTO applied VALUES ('" + id(k) + "');\nSELECT pg_sleep(0.005);\n";
            String text = "-- revision: " + id(k) + "\n-- down_revision: " + (k == 1 ? "" : id(k - 1))
                    + "\n-- message: step " + k + "\n\n-- upgrade\n" + body + "\n-- downgrade\n"
                    + "DELETE FROM applied WHERE revision = '" + id(k) + "';\n";
            try {
                Files.writeString(dir.resolve(id(k) + "_step_" + k + ".sql"), text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void migratorsNamingTheVersionTableDifferentlyApplyEveryRevisionOnce() throws Exception {
        layOut();
        int rounds = Integer.getInteger("opsdb.test.mixedRounds", 5);
        List<String> expectedHistory = IntStream.rangeClosed(1, REVISIONS).mapToObj(k -> id(k) + " up true").toList();
        List<String> expectedApplied = IntStream.rangeClosed(1, REVISIONS).mapToObj(k -> id(k) + " 1").toList();
        List<String> failures = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            probe.reset();
            String outcome = round();
            if (outcome == null) {
                List<String> history = probe.history();
                List<String> applied = probe.strings("SELECT revision || ' ' || count(*) FROM applied"
                        + " GROUP BY revision ORDER BY revision");
                List<String> versions = probe.versions();
                if (!history.equals(expectedHistory) || !applied.equals(expectedApplied)
                        || !versions.equals(List.of(id(REVISIONS)))) {
                    outcome = history.size() + " history rows, " + versions.size() + " version rows, "
                            + applied.size() + " revisions applied (" + probe.strings("SELECT count(*) FROM applied")
                            .get(0) + " times)";
                }
            }
            if (outcome != null) {
                failures.add("round " + round + ": " + outcome);
            }
        }
        System.out.println("Mixed-configuration concurrency (" + MIGRATORS + " migrators, " + REVISIONS
                + " revisions): " + (rounds - failures.size()) + "/" + rounds + " rounds applied every revision once");
        assertThat(failures).isEmpty();
    }

    /** One round: null when every migrator succeeded and together they took 30 steps, else what went wrong. */
    private String round() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(MIGRATORS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MigrationResult>> results = new ArrayList<>();
        for (int i = 0; i < MIGRATORS; i++) {
            MigrationsConfiguration configuration = Migrations.configure().dataSource(db.dataSource())
                    .locations(dir.toString()).lockTimeout(Duration.ofSeconds(120));
            // three spellings of one table: through the search path, table-schema=public, public.alembic_version
            if (i % 3 == 1) {
                configuration.tableSchema("public");
            } else if (i % 3 == 2) {
                configuration.versionTable("public.alembic_version");
            }
            Migrations migrations = configuration.load();
            results.add(pool.submit(() -> {
                start.await();
                return migrations.upgrade("head");
            }));
        }
        start.countDown();
        int steps = 0;
        String error = null;
        for (Future<MigrationResult> result : results) {
            try {
                steps += result.get(180, TimeUnit.SECONDS).steps().size();
            } catch (java.util.concurrent.ExecutionException e) {
                error = e.getCause().getMessage();
            }
        }
        pool.shutdown();
        return error != null ? "a migrator failed: " + error : steps != REVISIONS ? steps + " steps taken" : null;
    }
}

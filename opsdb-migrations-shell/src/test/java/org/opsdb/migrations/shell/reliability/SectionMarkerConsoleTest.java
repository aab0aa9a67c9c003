package org.opsdb.migrations.shell.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsdb.migrations.shell.reliability.Revisions.A;
import static org.opsdb.migrations.shell.reliability.Revisions.B;
import static org.opsdb.migrations.shell.reliability.Revisions.sql;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.shell.ConsoleResult;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * The data-loss case of a misspelt section marker, through the console as a child process: {@code upgrade head}
 * with a revision whose {@code -- downgrade} is written {@code -- Downgrade} used to run the downgrade's
 * {@code DELETE} and {@code DROP TABLE} as part of the upgrade and exit 0. Now it exits 1 with one line naming file,
 * line and marker, prints nothing on standard output, and the database is unchanged, rows included.
 */
@FreshDatabase
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class SectionMarkerConsoleTest {

    private final TestDatabase db;
    @TempDir
    Path dir;

    SectionMarkerConsoleTest(TestDatabase db) {
        this.db = db;
    }

    private ConsoleResult upgradeHead() throws InterruptedException {
        return ChildConsole.start("--url", db.jdbcUrl(), "--user", db.username(), "--location", dir.toString(),
                "upgrade", "head").await(120);
    }

    @Test
    void aMisspeltDowngradeMarkerExitsOneAndTheDowngradeSqlNeverRuns() throws Exception {
        DatabaseSnapshot.execute(db, "DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        Revisions.layOut(dir, Map.of(A + "_create_alpha.sql", sql(A, null, "create alpha",
                "CREATE TABLE alpha (id int PRIMARY KEY);\nINSERT INTO alpha VALUES (1), (2);", "DROP TABLE alpha;")));
        assertThat(upgradeHead().exitCode()).isZero();
        List<String> before = DatabaseSnapshot.capture(db);

        Revisions.layOut(dir, Map.of(A + "_create_alpha.sql", sql(A, null, "create alpha",
                "CREATE TABLE alpha (id int PRIMARY KEY);\nINSERT INTO alpha VALUES (1), (2);", "DROP TABLE alpha;"),
                B + "_create_beta.sql", sql(B, A, "create beta", "CREATE TABLE beta (id int PRIMARY KEY);\n"
                        + "-- Downgrade\nDELETE FROM alpha;\nDROP TABLE beta;", null)));
        ConsoleResult result = upgradeHead();

        assertThat(result).isEqualTo(new ConsoleResult("", dir + "/" + B + "_create_beta.sql:8: '-- Downgrade' is not"
                + " the section marker '-- downgrade', which must be written exactly so on a line of its own; fix the"
                + " marker, or reword the comment\n", 1));
        assertThat(DatabaseSnapshot.capture(db)).isEqualTo(before);
        assertThat(countAlpha()).isEqualTo(2);
    }

    private long countAlpha() throws Exception {
        try (var connection = db.openConnection(); var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT count(*) FROM alpha")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

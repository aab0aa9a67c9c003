package org.opsdb.migrations.shell.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsdb.migrations.shell.reliability.Revisions.A;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.shell.ConsoleResult;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * {@code fleet upgrade} in a child console with no target option: the targets and the run options are the
 * {@code opsdb.migrations.fleet.*} settings, here given as {@code --opsdb.migrations.fleet.…=…} properties.
 */
@FreshDatabase
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FleetSettingsConsoleTest {

    private final TestDatabase db;
    @TempDir
    Path dir;

    FleetSettingsConsoleTest(TestDatabase db) {
        this.db = db;
    }

    @Test
    void theTargetsAndTheCanaryComeFromTheSettingsWhenNoOptionNamesThem() throws Exception {
        DatabaseSnapshot.execute(db, "CREATE SCHEMA p_01; CREATE SCHEMA p_02; CREATE SCHEMA p_03; CREATE SCHEMA p_04;"
                + " CREATE TABLE p_01.alpha (x int)");
        Revisions.layOut(dir, Revisions.chain());

        ConsoleResult result = ChildConsole.start(ChildConsole.arguments(db, dir, "fleet", "upgrade", "head",
                "--opsdb.migrations.fleet.schemas-query=SELECT nspname FROM pg_namespace WHERE nspname LIKE 'p\\_%'",
                "--opsdb.migrations.fleet.canary=1")).await(100);

        assertThat(result.exitCode()).as(result.stderr()).isEqualTo(1);
        String reason = "Revision " + A + " (" + dir.resolve(A + "_create_alpha.sql") + ") failed in upgrade at line"
                + " 7: ERROR: relation \"alpha\" already exists; statement: CREATE TABLE alpha (id int PRIMARY KEY)";
        assertThat(result.stdout().lines().map(l -> l.replaceAll("\\d+\\.\\d\\d s", "T")).toList()).containsExactly(
                "target  before  after  duration  outcome",
                "p_01    base    base   T    failed: " + reason,
                "p_02    ?       ?      -         skipped: not run: a canary target failed",
                "p_03    ?       ?      -         skipped: not run: a canary target failed",
                "p_04    ?       ?      -         skipped: not run: a canary target failed",
                "fleet upgrade head: 4 targets, 0 ok, 0 behind, 1 failed, 3 skipped in T");
        try (Connection c = db.openConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_class c JOIN pg_namespace n"
                     + " ON n.oid = c.relnamespace WHERE n.nspname IN ('p_02', 'p_03', 'p_04')")) {
            rs.next();
            assertThat(rs.getInt(1)).as("relations in the skipped schemas").isZero();
        }
    }
}

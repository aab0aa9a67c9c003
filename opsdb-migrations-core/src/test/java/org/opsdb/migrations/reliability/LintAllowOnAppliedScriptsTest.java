package org.opsdb.migrations.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.lint.LintOptions;
import org.opsdb.migrations.runtime.DatabaseState;
import org.opsdb.migrations.runtime.MigrationException;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * A team that adopts the lint on a history already applied adds {@code -- lint: allow rule-id: reason} lines to
 * the applied scripts: checksum validation does not count them (the up-to-date mark's short cut and the full
 * check alike) and the history is left as it was; any other edit is still refused as before.
 */
@FreshDatabase
class LintAllowOnAppliedScriptsTest {

    private static final String A = "a10000000001";
    private static final String B = "b20000000002";
    private static final String INDEX = "CREATE INDEX obs_site_idx ON obs (site_id);";
    private static final String ALLOW =
            "-- lint: allow index-without-concurrently: obs holds one row per site, a few dozen in every deployment";
    private static final String HISTORY = "SELECT id || ' ' || revision || ' ' || direction || ' ' || checksum"
            + " || ' ' || applied_at FROM opsdb_migration_history ORDER BY id";
    private static final String MARK = "SELECT obj_description('opsdb_migration_history'::regclass, 'pg_class')";

    private final TestDatabase db;
    private final DatabaseState state;
    @TempDir
    Path dir;

    LintAllowOnAppliedScriptsTest(TestDatabase db) {
        this.db = db;
        this.state = new DatabaseState(db);
    }

    @BeforeEach
    void reset() throws IOException {
        state.reset();
        Files.writeString(dir.resolve(A + "_obs.sql"), "-- revision: " + A + "\n-- upgrade\n"
                + "CREATE TABLE obs (id int, site_id int);\n\n-- downgrade\nDROP TABLE obs;\n");
        Files.writeString(byIndex(), "-- revision: " + B + "\n-- down_revision: " + A + "\n-- upgrade\n" + INDEX
                + "\n\n-- downgrade\nDROP INDEX obs_site_idx;\n");
        migrations().upgrade("heads");
    }

    private Path byIndex() {
        return dir.resolve(B + "_obs_site_idx.sql");
    }

    private Migrations migrations() {
        return Migrations.configure().dataSource(db.dataSource()).locations(dir.toString()).load();
    }

    private void edit(String from, String to) throws IOException {
        Files.writeString(byIndex(), Files.readString(byIndex()).replace(from, to));
    }

    @Test
    void anAllowAddedToAnAppliedScriptSilencesTheLintAndPassesChecksumValidation() throws IOException {
        assertThat(migrations().lint("base", "heads", LintOptions.forServerVersion(15)).lines()).containsExactly(
                byIndex() + ":4: [index-without-concurrently] CREATE INDEX obs_site_idx on obs without CONCURRENTLY,"
                        + " blocks every write to the table for the whole build; safe form: CREATE INDEX CONCURRENTLY"
                        + " in an outside-transaction block");
        List<String> history = state.strings(HISTORY);
        String mark = state.strings(MARK).get(0);

        edit(INDEX, "  " + ALLOW + "\n" + INDEX);
        assertThat(migrations().lint("base", "heads", LintOptions.forServerVersion(15)).clean()).isTrue();

        // answered from the up-to-date mark (the scripts' fingerprint is unchanged)...
        assertThat(migrations().upgrade("heads").nothingToDo()).isTrue();
        assertThat(state.strings(HISTORY)).isEqualTo(history);
        assertThat(state.strings(MARK)).containsExactly(mark);
        // ...and by the full check, which compares every applied script's checksum
        state.execute("COMMENT ON TABLE opsdb_migration_history IS NULL");
        assertThat(migrations().upgrade("heads").nothingToDo()).isTrue();
        assertThat(state.strings(HISTORY)).isEqualTo(history);
        assertThat(state.versions()).containsExactly(B);
        assertThat(migrations().scripts().get(1).checksum()).contains(history.get(1).split(" ")[3]);
    }

    @Test
    void anyOtherEditOfAnAppliedScriptIsStillRefused() throws IOException {
        List<String> history = state.strings(HISTORY);
        String then = history.get(1).split(" ")[3];
        // a comment the lint does not read as an allow (no colon before the reason) is an edit like any other
        for (String edited : new String[] {"-- lint: allow index-without-concurrently obs is small\n" + INDEX,
                ALLOW + "\nCREATE INDEX obs_site_idx ON obs (site_id, id);", INDEX + " " + ALLOW}) {
            edit(INDEX, edited);
            Migrations migrations = migrations();
            String now = migrations.scripts().get(1).checksum().orElseThrow();
            assertThat(now).as(edited).isNotEqualTo(then);
            assertThatThrownBy(() -> migrations.upgrade("heads")).as(edited)
                    .isInstanceOf(MigrationException.class)
                    .hasMessage("Revision " + B + " (" + byIndex() + ") was changed after it was applied (checksum "
                            + then + " then, " + now + " now); restore it, or turn checksum validation off");
            assertThat(state.strings(HISTORY)).isEqualTo(history);
            edit(edited, INDEX);
        }
    }
}

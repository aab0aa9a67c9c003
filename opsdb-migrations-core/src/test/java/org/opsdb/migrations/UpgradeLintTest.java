package org.opsdb.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.lint.LintMode;
import org.opsdb.migrations.runtime.DatabaseState;
import org.opsdb.migrations.runtime.MigrationException;
import org.opsdb.migrations.runtime.MigrationResult;
import org.opsdb.migrations.script.MigrationScript;
import org.opsdb.migrations.script.ScriptResource;
import org.opsdb.migrations.script.SqlMigrationParser;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * The {@code lint} setting on {@link Migrations#upgrade}: the revisions about to run are linted on the real server
 * first; {@code warn} returns (and logs) each finding and runs them, {@code fail} refuses in one line before anything
 * runs (catalog, version and history tables unchanged), {@code off} does not lint, and revisions already applied are
 * never linted.
 */
@FreshDatabase
class UpgradeLintTest {

    private static final String BASE = "a00000000001";
    private static final String INDEX = "b00000000002";
    private static final String FILE = "db/upgrade_lint/" + INDEX + "_index.sql";
    private static final String FINDING = FILE + ":6: [index-without-concurrently] CREATE INDEX obs_site_idx on obs"
            + " without CONCURRENTLY, blocks every write to the table for the whole build; safe form: CREATE INDEX"
            + " CONCURRENTLY in an outside-transaction block";

    private final TestDatabase db;
    private final DatabaseState state;

    UpgradeLintTest(TestDatabase db) {
        this.db = db;
        this.state = new DatabaseState(db);
    }

    @BeforeEach
    void populatedTableAtBase() {
        state.reset();
        migrations(LintMode.WARN, "CREATE INDEX obs_site_idx ON obs (site_id);").upgrade(BASE);
    }

    @Test
    void warnReturnsEachFindingAndRunsTheRevision() {
        MigrationResult result = migrations(LintMode.WARN, """
                CREATE INDEX obs_site_idx ON obs (site_id);
                CREATE INDEX obs_code_idx ON obs (code);""").upgrade("heads");

        assertThat(result.warnings()).containsExactly(FINDING, FILE + ":7: [index-without-concurrently] CREATE INDEX"
                + " obs_code_idx on obs without CONCURRENTLY, blocks every write to the table for the whole build;"
                + " safe form: CREATE INDEX CONCURRENTLY in an outside-transaction block");
        assertThat(state.versions()).containsExactly(INDEX);
        assertThat(indexes()).containsExactly("obs_code_idx", "obs_pkey", "obs_site_idx");
    }

    @Test
    void failRefusesInOneLineBeforeAnythingRuns() {
        Migrations migrations = migrations(LintMode.FAIL, """
                CREATE INDEX obs_site_idx ON obs (site_id);
                CREATE INDEX obs_code_idx ON obs (code);""");

        assertThatThrownBy(() -> migrations.upgrade("heads")).isInstanceOf(MigrationException.class)
                .hasMessage("Can't upgrade: the pending revisions have 2 lint findings, the first: " + FINDING
                        + "; set opsdb.migrations.lint=warn to run it anyway, or allow the finding in the script with"
                        + " a reason");
        assertThat(indexes()).containsExactly("obs_pkey");
        assertThat(state.versions()).containsExactly(BASE);
        assertThat(state.history()).containsExactly(BASE + " up true");
    }

    @Test
    void failRunsARevisionWhoseFindingIsAllowedWithAReason() {
        MigrationResult result = migrations(LintMode.FAIL, """
                -- lint: allow index-without-concurrently: obs holds ten rows in every deployment
                CREATE INDEX obs_site_idx ON obs (site_id);""").upgrade("heads");

        assertThat(result.warnings()).isEmpty();
        assertThat(indexes()).containsExactly("obs_pkey", "obs_site_idx");
    }

    @Test
    void offDoesNotLint() {
        MigrationResult result = migrations(LintMode.OFF, "CREATE INDEX obs_site_idx ON obs (site_id);")
                .upgrade("heads");

        assertThat(result.warnings()).isEmpty();
        assertThat(indexes()).containsExactly("obs_pkey", "obs_site_idx");
    }

    @Test
    void appliedRevisionsAreNotLinted() {
        String body = "CREATE INDEX obs_site_idx ON obs (site_id);";
        migrations(LintMode.WARN, body).upgrade("heads");

        MigrationResult again = migrations(LintMode.FAIL, body).upgrade("heads");

        assertThat(again.nothingToDo()).isTrue();
        assertThat(again.warnings()).isEmpty();
    }

    /** The base revision (a populated table {@code obs}) and a revision with {@code body}, under {@code mode}. */
    private Migrations migrations(LintMode mode, String body) {
        return Migrations.configure().dataSource(db.dataSource()).locations("classpath:db/upgrade_lint_none")
                .scripts(List.of(script(BASE, null, "base", """
                        CREATE TABLE obs (id bigint PRIMARY KEY, site_id bigint, code text);
                        INSERT INTO obs SELECT g, g % 10, 'c' || g FROM generate_series(1, 1000) g;"""),
                        script(INDEX, BASE, "index", body)))
                .lint(mode).load();
    }

    private static MigrationScript script(String id, String down, String slug, String body) {
        String text = "-- revision: " + id + "\n-- down_revision: " + (down == null ? "" : down) + "\n-- message: "
                + slug + "\n\n-- upgrade\n" + body + "\n";
        return new SqlMigrationParser().parse(new ScriptResource("db/upgrade_lint/" + id + "_" + slug + ".sql",
                id + "_" + slug + ".sql", text));
    }

    private List<String> indexes() {
        return state.strings("SELECT indexname FROM pg_indexes WHERE tablename = 'obs' ORDER BY 1");
    }
}

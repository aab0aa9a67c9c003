package org.opsdb.migrations.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.ddl.PostgresDdl;
import org.opsdb.migrations.lint.LintOptions;
import org.opsdb.migrations.operations.BackfillColumn;
import org.opsdb.migrations.operations.QualifiedName;
import org.opsdb.migrations.schema.SchemaModel;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * Autogenerate's safe form of a column added with a volatile default to a populated table: added without the
 * default, the default set, the rows backfilled in batches outside the transaction (a {@code DO} block that commits
 * each batch), then the NOT NULL recipe. The table is not rewritten, every row is filled, the script round-trips,
 * runs again after it stopped in the backfill, is clean under the lint and its trace shows no blocking lock held
 * across a scan. A new table keeps the plain form.
 */
@FreshDatabase
class VolatileDefaultSafeFormTest extends SafeFormsScenario {

    private static final String OLD = "CREATE TABLE obs (id int PRIMARY KEY, value numeric);";
    private static final String NEW = "CREATE TABLE obs (id int PRIMARY KEY, value numeric,"
            + " created timestamptz NOT NULL DEFAULT clock_timestamp(), uid uuid DEFAULT gen_random_uuid());"
            + " CREATE TABLE tag (id int PRIMARY KEY, uid uuid DEFAULT gen_random_uuid());";
    private static final String ROWS = "INSERT INTO obs SELECT g, g * 0.5 FROM generate_series(1, 25000) g;";

    /** The backfill of {@code obs.column}, as {@code ddl.PostgresDdlDataTest} spells it out. */
    private static String backfill(String column, String expression) {
        return new PostgresDdl().render(new BackfillColumn(QualifiedName.of("obs"), column, expression,
                BackfillColumn.DEFAULT_BATCH_SIZE)).get(0) + ";\n";
    }

    /** The upgrade and downgrade {@code diff} writes, from the {@code -- upgrade} line on. */
    static final String SAFE_SCRIPT = """
            -- upgrade
            CREATE TABLE IF NOT EXISTS tag (id integer NOT NULL, uid uuid DEFAULT gen_random_uuid(), CONSTRAINT \
            tag_pkey PRIMARY KEY (id));
            ALTER TABLE obs ADD COLUMN IF NOT EXISTS created timestamp with time zone;
            ALTER TABLE obs ALTER COLUMN created SET DEFAULT clock_timestamp();
            -- outside-transaction
            """ + backfill("created", "clock_timestamp()") + """
            -- end-outside-transaction
            ALTER TABLE obs DROP CONSTRAINT IF EXISTS obs_created_not_null_check;
            ALTER TABLE obs ADD CONSTRAINT obs_created_not_null_check CHECK (created IS NOT NULL) NOT VALID;
            -- outside-transaction
            ALTER TABLE obs VALIDATE CONSTRAINT obs_created_not_null_check;
            -- end-outside-transaction
            ALTER TABLE obs ALTER COLUMN created SET NOT NULL;
            ALTER TABLE obs DROP CONSTRAINT IF EXISTS obs_created_not_null_check;
            ALTER TABLE obs ADD COLUMN IF NOT EXISTS uid uuid;
            ALTER TABLE obs ALTER COLUMN uid SET DEFAULT gen_random_uuid();
            -- outside-transaction
            """ + backfill("uid", "gen_random_uuid()") + """
            -- end-outside-transaction

            -- downgrade
            DROP TABLE tag;
            ALTER TABLE obs DROP COLUMN created;
            ALTER TABLE obs DROP COLUMN uid;
            """;

    VolatileDefaultSafeFormTest(TestDatabase db) {
        super(db, OLD + ROWS, "volatile_default_to", NEW);
    }

    /** {@code --plain}: the columns added with their defaults, which rewrites {@code obs} under ACCESS EXCLUSIVE. */
    @Test
    void plainFormAddsTheColumnWithItsDefault() {
        String script = plainDiff();

        assertThat(fromUpgrade(script)).contains("""
                ALTER TABLE obs ADD COLUMN created timestamp with time zone NOT NULL DEFAULT clock_timestamp();
                ALTER TABLE obs ADD COLUMN uid uuid DEFAULT gen_random_uuid();
                """);
    }

    @Test
    void diffWritesTheBackfillWhichFillsEveryRowWithoutARewriteAndRoundTrips() throws IOException {
        String script = safeDiff();
        assertThat(fromUpgrade(script)).isEqualTo(SAFE_SCRIPT);
        String id = write(script);
        SchemaModel old = reflect(db);
        List<String> filenode = state.strings("SELECT pg_relation_filenode('obs')");

        migrations().upgrade("head");
        assertThat(state.versions()).containsExactly(id);
        assertThat(state.strings("SELECT pg_relation_filenode('obs')")).as("obs not rewritten").isEqualTo(filenode);
        assertThat(matchesTarget()).as("matches the target").isTrue();
        assertFilled();

        migrations().downgrade("base");
        assertThat(state.versions()).isEmpty();
        assertThat(reflect(db)).as("the old schema again").isEqualTo(old);

        migrations().upgrade("head");
        assertThat(matchesTarget()).as("matches the target").isTrue();
        assertFilled();
    }

    /**
     * A run that stopped part way through the first backfill (the column added, its default set, some batches
     * committed) leaves the script runnable: the next upgrade completes and keeps the rows already filled.
     */
    @Test
    void anUpgradeThatStoppedInTheBackfillRunsAgainAndKeepsTheRowsFilled() throws IOException {
        String id = write(safeDiff());
        state.execute("ALTER TABLE obs ADD COLUMN created timestamptz;"
                + " ALTER TABLE obs ALTER COLUMN created SET DEFAULT clock_timestamp();"
                + " UPDATE obs SET created = '2000-01-01 00:00:00+00' WHERE id <= 100");

        migrations().upgrade("head");

        assertThat(state.versions()).containsExactly(id);
        assertThat(matchesTarget()).as("matches the target").isTrue();
        assertFilled();
        assertThat(state.strings("SELECT count(*) FROM obs WHERE created = '2000-01-01 00:00:00+00'"))
                .as("rows filled before").containsExactly("100");
    }

    @Test
    void theSafeScriptIsCleanUnderLintAndItsTraceHasNoFinding() throws IOException {
        String safe = safeDiff();
        write(safe);

        assertThat(migrations().lintPending(LintOptions.defaults()).lines()).as("lint of the safe script").isEmpty();
        assertThat(traceFindings(safe)).as("trace of the safe script").isEmpty();
    }

    private void assertFilled() {
        assertThat(state.strings("SELECT count(*) || ' rows, ' || count(created) || ' created, ' || count(uid)"
                + " || ' uid, ' || count(DISTINCT uid) || ' distinct' FROM obs"))
                .containsExactly("25000 rows, 25000 created, 25000 uid, 25000 distinct");
        assertThat(state.strings("SELECT count(*) FROM pg_constraint WHERE NOT convalidated"))
                .as("constraints not validated").containsExactly("0");
    }

    /** The trace's findings for {@code script} after a base revision that creates the old table, on a scratch database. */
    private List<String> traceFindings(String script) throws IOException {
        return traceFindings(script, OLD, "DROP TABLE obs;", "volatile_default_trace");
    }
}

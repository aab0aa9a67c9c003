package org.opsdb.migrations.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opsdb.migrations.test.CheckResult.Status.FAILED;
import static org.opsdb.migrations.test.CheckResult.Status.PASSED;
import static org.opsdb.migrations.test.CheckResult.Status.SKIPPED;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/** Runs the standard checks through the API on a good revision set and on deliberately broken ones. */
@FreshDatabase
class MigrationCheckTest {

    private static final String UPGRADE_FAILS = "Revision bb00000000f2 (db/checks_failing_upgrade/bb00000000f2_broken.sql)"
            + " failed in upgrade at line 7: ERROR: relation \"nowhere\" does not exist; statement: INSERT INTO nowhere VALUES (1)";
    static final String MATCHING_ENTITIES = "org.opsdb.migrations.test.entities.matching";
    static final String INIT_DIFFERS = "The schema from init differs from the schema from upgrade heads:"
            + " column observation.settings: jsonb NOT NULL DEFAULT '{}'::jsonb after upgrade heads, jsonb NOT NULL"
            + " after init; column observation.uuid: uuid NOT NULL DEFAULT gen_random_uuid() after upgrade heads,"
            + " uuid NOT NULL after init; index CREATE INDEX ix_observation_name ON public.observation USING btree"
            + " (name) only after upgrade heads";
    private static final String NO_DOWNGRADE = "Revision bb00000000d2"
            + " (db/checks_no_downgrade/bb00000000d2_irreversible.sql) has no downgrade";

    private static final String LOCK_HAZARDS = "db/checks_lock_hazard/bb00000000c2_index_and_check.sql:9:"
            + " [constraint-without-not-valid] ADD CONSTRAINT ck_amount CHECK on observation without NOT VALID,"
            + " validates every row while holding the lock (a foreign key also locks the referenced table); safe form:"
            + " ALTER TABLE observation ADD CONSTRAINT ck_amount ... NOT VALID, then ALTER TABLE observation VALIDATE"
            + " CONSTRAINT ck_amount in its own transaction\n"
            + "db/checks_lock_hazard/cc00000000c3_target_index.sql:7: [drop-index-without-concurrently] DROP INDEX"
            + " ix_observation_target without CONCURRENTLY, takes ACCESS EXCLUSIVE on its table, blocking reads and"
            + " writes until commit; safe form: DROP INDEX CONCURRENTLY in an outside-transaction block\n"
            + "db/checks_lock_hazard/bb00000000c2_index_and_check.sql:9: [lock-held-across-scan] ACCESS EXCLUSIVE lock"
            + " on observation held across a scan of observation (1000 rows), which blocks every read and write of"
            + " observation until the commit; safe form: ADD the constraint NOT VALID, then VALIDATE CONSTRAINT in its"
            + " own transaction";

    private final TestDatabase db;

    MigrationCheckTest(TestDatabase db) {
        this.db = db;
    }

    private Map<StandardCheck, String> run(String set) {
        Map<StandardCheck, String> outcome = new LinkedHashMap<>();
        for (CheckResult result : MigrationCheck.forLocations("classpath:db/" + set).dataSource(db.dataSource()).all()
                .run()) {
            outcome.put(result.check(), result.status() + (result.message().isEmpty() ? "" : " " + result.message()));
        }
        return outcome;
    }

    @Test
    void goodSetWithBranchMergeJavaAndSqlPassesEveryCheck() {
        Map<StandardCheck, String> outcome = run("checks_good");

        assertThat(outcome).hasSize(10);
        outcome.forEach((check, status) -> {
            if (check != StandardCheck.MODELS_MATCH && check != StandardCheck.INIT_MATCHES_MIGRATIONS) {
                assertThat(status).as(check.displayName()).isEqualTo("PASSED");
            }
        });
        assertThat(outcome.get(StandardCheck.MODELS_MATCH)).isEqualTo("SKIPPED " + ModelsMatchCheck.NOT_CONFIGURED);
        assertThat(outcome.get(StandardCheck.INIT_MATCHES_MIGRATIONS))
                .isEqualTo("SKIPPED " + InitMatchesMigrationsCheck.NOT_CONFIGURED);
    }

    @Test
    void downgradeThatForgetsAnEnumTypeLeavesATraceAndBreaksTheStairway() {
        Map<StandardCheck, String> outcome = run("checks_enum_trace");

        assertThat(outcome.get(StandardCheck.DOWNGRADE_LEAVES_NO_TRACE)).isEqualTo("FAILED Revision bb00000000e2"
                + " (db/checks_enum_trace/bb00000000e2_add_status.sql): downgrade left a trace:"
                + " + type observationstatus ('PLANNED','DONE')");
        assertThat(outcome.get(StandardCheck.STAIRWAY)).isEqualTo("FAILED Revision bb00000000e2"
                + " (db/checks_enum_trace/bb00000000e2_add_status.sql) failed in upgrade at line 6: ERROR: type"
                + " \"observationstatus\" already exists; statement: CREATE TYPE observationstatus AS ENUM"
                + " ('PLANNED', 'DONE')");
        // the head's own round trip does not touch the culprit: only the stairway and the snapshot find it
        assertThat(outcome.get(StandardCheck.ROUND_TRIP)).isEqualTo("PASSED");
        assertThat(outcome.get(StandardCheck.UPGRADE)).isEqualTo("PASSED");
    }

    @Test
    void secondHeadFailsTheSingleHeadCheckUnlessDeclared() {
        assertThat(run("checks_two_heads").get(StandardCheck.SINGLE_HEAD)).isEqualTo("FAILED Expected one head"
                + " revision, found 2: bb000000a002 (db/checks_two_heads/bb000000a002_left.sql), cc000000a003"
                + " (db/checks_two_heads/cc000000a003_right.sql); merge them, or declare the expected heads");

        List<CheckResult> declared = MigrationCheck.forLocations("classpath:db/checks_two_heads")
                .heads("bb000000", "cc000000a003").roundTrip().stairway().dataSource(db.dataSource()).run();
        assertThat(declared).extracting(CheckResult::status).containsExactly(PASSED, PASSED, PASSED);

        assertThat(MigrationCheck.forLocations("classpath:db/checks_two_heads").heads("bb000000a002").run())
                .extracting(CheckResult::message).containsExactly("Expected head revisions bb000000a002; found"
                        + " bb000000a002 (db/checks_two_heads/bb000000a002_left.sql), cc000000a003"
                        + " (db/checks_two_heads/cc000000a003_right.sql)");
    }

    @Test
    void missingDowngradeIsNamedByTheStaticCheckAndStopsTheWalks() {
        Map<StandardCheck, String> outcome = run("checks_no_downgrade");

        assertThat(outcome.get(StandardCheck.DOWNGRADES_PRESENT)).isEqualTo("FAILED " + NO_DOWNGRADE);
        assertThat(outcome.get(StandardCheck.ROUND_TRIP)).isEqualTo("FAILED " + NO_DOWNGRADE + "; nothing was changed");
        assertThat(outcome.get(StandardCheck.STAIRWAY)).isEqualTo("FAILED " + NO_DOWNGRADE + "; nothing was changed");
        assertThat(outcome.get(StandardCheck.UPGRADE)).isEqualTo("PASSED");
    }

    @Test
    void failingUpgradeFailsEveryMigratingCheckWithTheStatement() {
        Map<StandardCheck, String> outcome = run("checks_failing_upgrade");

        assertThat(outcome.get(StandardCheck.UPGRADE)).isEqualTo("FAILED " + UPGRADE_FAILS);
        assertThat(outcome.get(StandardCheck.ROUND_TRIP)).isEqualTo("FAILED " + UPGRADE_FAILS);
        assertThat(outcome.get(StandardCheck.STAIRWAY)).isEqualTo("FAILED " + UPGRADE_FAILS);
        assertThat(outcome.get(StandardCheck.DOWNGRADE_LEAVES_NO_TRACE)).isEqualTo("FAILED " + UPGRADE_FAILS);
        assertThat(outcome.get(StandardCheck.SINGLE_HEAD)).isEqualTo("PASSED");
        assertThat(outcome.get(StandardCheck.DOWNGRADES_PRESENT)).isEqualTo("PASSED");
    }

    @Test
    void lockSafetyFailsWithTheLinesOfTheFindingsNotAllowed() {
        List<CheckResult> results = MigrationCheck.forLocations("classpath:db/checks_lock_hazard")
                .dataSource(db.dataSource()).lockSafety().upgradeBaseToHead().run();

        assertThat(results).extracting(CheckResult::status).containsExactly(PASSED, FAILED);
        assertThat(results.get(1).message()).isEqualTo(LOCK_HAZARDS);
        assertThat(MigrationCheck.forLocations("classpath:db/checks_good").dataSource(db.dataSource()).lockSafety()
                .run()).extracting(CheckResult::status).containsExactly(PASSED);
    }

    @Test
    void verifyThrowsOneLinePerFailedCheck() {
        assertThatThrownBy(() -> MigrationCheck.forLocations("classpath:db/checks_no_downgrade")
                .dataSource(db.dataSource()).everyRevisionHasDowngrade().upgradeBaseToHead().stairway().verify())
                .isInstanceOf(MigrationCheckFailure.class)
                .hasMessage("every revision has a downgrade: " + NO_DOWNGRADE + System.lineSeparator()
                        + "stairway: every revision up, down, up: " + NO_DOWNGRADE + "; nothing was changed");
    }

    @Test
    void checksumDriftOfAnAppliedRevisionIsNamed() throws SQLException {
        Migrations migrations = Migrations.configure().dataSource(db.dataSource())
                .locations("classpath:db/checks_good").load();
        MigrationCheck.forLocations("classpath:db/checks_good").dataSource(db.dataSource()).upgradeBaseToHead()
                .verify();
        // the database is left at heads; pretend the base script was edited after it ran
        try (Connection c = db.openConnection(); Statement st = c.createStatement()) {
            st.execute("UPDATE opsdb_migration_history SET checksum = 'deadbeef0000aaaa' WHERE revision = 'a1000000000a'");
        }
        String now = migrations.scripts().stream().filter(s -> s.revision().id().equals("a1000000000a"))
                .findFirst().orElseThrow().checksum().orElseThrow();

        assertThat(MigrationCheck.of(migrations).checksumsUnchanged().run()).extracting(CheckResult::message)
                .containsExactly("Revision a1000000000a (db/checks_good/a1000000000a_create_observatory.sql) was"
                        + " changed after it was applied (checksum deadbeef0000 then, " + now + " now)");
    }

    @Test
    void modelsMatchRunsTheGivenComparisonOnTheMigratedDatabase() {
        MigrationCheck differing = MigrationCheck.forLocations("classpath:db/checks_good").dataSource(db.dataSource())
                .modelsMatch((migrations, dataSource) -> migrations.current().stream()
                        .map(r -> "add column telescope.mirror (database at " + r.id() + ")").toList());
        assertThat(differing.run()).extracting(CheckResult::status, CheckResult::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FAILED, "Models differ from the database migrated to heads:"
                        + " add column telescope.mirror (database at f6000000000f)"));

        assertThat(MigrationCheck.forLocations("classpath:db/checks_good").dataSource(db.dataSource())
                .modelsMatch((migrations, dataSource) -> List.of()).run())
                .extracting(CheckResult::status).containsExactly(PASSED);
        assertThat(MigrationCheck.forLocations("classpath:db/checks_good").checks(StandardCheck.MODELS_MATCH).run())
                .extracting(CheckResult::status).containsExactly(SKIPPED);
    }

    @Test
    void initMatchesMigrationsWhenTheEntitiesDeclareTheDefaultsWhateverTheColumnOrder() throws SQLException {
        assertThat(MigrationCheck.forLocations("classpath:db/checks_init").dataSource(db.dataSource())
                .initMatchesMigrations(new EntityModelComparison(MATCHING_ENTITIES))
                .run()).extracting(CheckResult::status, CheckResult::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PASSED, ""));

        // the given database is migrated to heads again afterwards, its columns in the migrations' order;
        // init orders them otherwise, which the check leaves out
        assertThat(columnsOfObservation()).isEqualTo("id, uuid, name, settings");
        Migrations.configure().dataSource(db.dataSource()).locations("classpath:db/checks_init").load()
                .init(new EntityModelComparison(MATCHING_ENTITIES).modelSource().orElseThrow(), true);
        assertThat(columnsOfObservation()).isEqualTo("id, name, settings, uuid");
    }

    @Test
    void initWithoutTheMigrationsDefaultsAndIndexFailsNamingEachDifference() {
        List<CheckResult> incomplete = MigrationCheck.forLocations("classpath:db/checks_init")
                .dataSource(db.dataSource())
                .initMatchesMigrations(new EntityModelComparison("org.opsdb.migrations.test.entities.incomplete"))
                .run();

        assertThat(incomplete).extracting(CheckResult::status, CheckResult::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FAILED, INIT_DIFFERS));
    }

    @Test
    void initMatchesMigrationsIsSkippedWithoutAModel() {
        assertThat(MigrationCheck.forLocations("classpath:db/checks_init")
                .checks(StandardCheck.INIT_MATCHES_MIGRATIONS).run())
                .extracting(CheckResult::status, CheckResult::message).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SKIPPED, InitMatchesMigrationsCheck.NOT_CONFIGURED));
        assertThat(MigrationCheck.forLocations("classpath:db/checks_init")
                .initMatchesMigrations((migrations, dataSource) -> List.of()).run())
                .extracting(CheckResult::status, CheckResult::message).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SKIPPED, InitMatchesMigrationsCheck.NO_MODEL));
    }

    private String columnsOfObservation() throws SQLException {
        try (Connection c = db.openConnection(); Statement st = c.createStatement();
                java.sql.ResultSet rows = st.executeQuery("SELECT string_agg(attname, ', ' ORDER BY attnum)"
                        + " FROM pg_attribute WHERE attrelid = 'observation'::regclass AND attnum > 0 AND NOT attisdropped")) {
            rows.next();
            return rows.getString(1);
        }
    }

    @Test
    void ofMigrationsWithoutDataSourceIsNamedAndBrokenLocationsFailEveryCheck() {
        Migrations offline = Migrations.configure().locations("classpath:db/checks_good").load();
        assertThat(MigrationCheck.of(offline).singleHead().upgradeBaseToHead().run())
                .extracting(CheckResult::status, CheckResult::message).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PASSED, ""),
                        org.assertj.core.groups.Tuple.tuple(FAILED, "The Migrations given to MigrationCheck.of(...)"
                                + " have no DataSource; configure one with Migrations.configure().dataSource(...)"));
        assertThatThrownBy(() -> MigrationCheck.of(offline).dataSource(db.dataSource()))
                .isInstanceOf(IllegalStateException.class);
    }
}

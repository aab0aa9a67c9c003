package org.opsdb.migrations.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.runtime.TransactionMode;

/** Runs annotated classes through the kit's engine with JUnit's EngineTestKit and checks each test's outcome. */
class MigrationChecksEngineTest {

    @MigrationChecks(locations = "classpath:db/checks_enum_trace",
            checks = {StandardCheck.SINGLE_HEAD, StandardCheck.ROUND_TRIP, StandardCheck.DOWNGRADE_LEAVES_NO_TRACE})
    static class EnumTrace {
    }

    @MigrationChecks(locations = "classpath:db/checks_two_heads", skip = StandardCheck.MODELS_MATCH)
    static class TwoHeads {
    }

    @MigrationChecks(locations = "classpath:db/checks_two_heads", heads = {"bb000000a002", "cc000000a003"},
            checks = {StandardCheck.SINGLE_HEAD, StandardCheck.UPGRADE})
    static class TwoDeclaredHeads {
    }

    @MigrationChecks(locations = "classpath:db/checks_init", checks = StandardCheck.INIT_MATCHES_MIGRATIONS,
            modelComparison = IncompleteEntities.class)
    static class InitFromIncompleteEntities {
    }

    /** Entities without the migrations' defaults and index. */
    public static class IncompleteEntities extends EntityModelComparison {

        /** The entities of {@code entities.incomplete}. */
        public IncompleteEntities() {
            super("org.opsdb.migrations.test.entities.incomplete");
        }
    }

    private static Events run(Class<?> type) {
        return EngineTestKit.engine(MigrationChecksTestEngine.ENGINE_ID).selectors(selectClass(type)).execute()
                .testEvents();
    }

    @Test
    void eachCheckIsATestAndTheFailingOneNamesTheRevisionAndTheTrace() {
        Events events = run(EnumTrace.class);

        events.assertStatistics(stats -> stats.started(3).succeeded(2).failed(1));
        events.assertThatEvents().haveExactly(1, event(test(), displayName("downgrade leaves no trace"),
                finishedWithFailure(instanceOf(MigrationCheckFailure.class), message("Revision bb00000000e2"
                        + " (db/checks_enum_trace/bb00000000e2_add_status.sql): downgrade left a trace:"
                        + " + type observationstatus ('PLANNED','DONE')"))));
        events.assertThatEvents().haveExactly(1, event(test(), displayName("single head"), finishedSuccessfully()));
    }

    @Test
    void secondHeadFailsOnlyTheHeadCheck() {
        Events events = run(TwoHeads.class);

        events.assertStatistics(stats -> stats.started(9).succeeded(7).failed(1).aborted(1));
        events.assertThatEvents().haveExactly(1, event(test(), displayName("single head"),
                finishedWithFailure(message("Expected one head revision, found 2: bb000000a002"
                        + " (db/checks_two_heads/bb000000a002_left.sql), cc000000a003"
                        + " (db/checks_two_heads/cc000000a003_right.sql); merge them, or declare the expected heads"))));
    }

    @Test
    void declaredHeadsPassAndModelsMatchWithoutComparisonIsSkippedNotPassed() {
        run(TwoDeclaredHeads.class).assertStatistics(stats -> stats.started(2).succeeded(2));

        Events good = run(GoodSetMigrationChecksTest.class);
        good.assertStatistics(stats -> stats.started(10).succeeded(8).aborted(2).failed(0));
        good.assertThatEvents().haveExactly(1, event(test(), displayName("models match the migrated database"),
                abortedWithReason(message(ModelsMatchCheck.NOT_CONFIGURED))));
        good.assertThatEvents().haveExactly(1, event(test(), displayName("init matches upgrade heads"),
                abortedWithReason(message(InitMatchesMigrationsCheck.NOT_CONFIGURED))));
    }

    @MigrationChecks(locations = "classpath:db/checks_two_heads", heads = {"bb000000a002", "cc000000a003"},
            checks = StandardCheck.UPGRADE, tableSchema = "kit_missing")
    static class MissingTableSchema {
    }

    @MigrationChecks(locations = "classpath:db/checks_two_heads", heads = {"bb000000a002", "cc000000a003"},
            checks = {StandardCheck.UPGRADE, StandardCheck.ROUND_TRIP, StandardCheck.DOWNGRADE_LEAVES_NO_TRACE},
            versionTable = "kit_version", historyTable = "kit_history", transactionMode = TransactionMode.SINGLE)
    static class RenamedTablesInOneTransaction {
    }

    @MigrationChecks(transactionMode = {TransactionMode.SINGLE, TransactionMode.PER_REVISION})
    static class TwoTransactionModes {
    }

    @Test
    void theAnnotationsSettingsAreTheEnginesSettingsOverItsDefaults() {
        assertThat(MigrationChecksTestEngine.settingsOf(TwoHeads.class.getAnnotation(MigrationChecks.class)))
                .isEqualTo(Migrations.configure().locations("classpath:db/checks_two_heads").settings());
        assertThat(MigrationChecksTestEngine.settingsOf(RenamedTablesInOneTransaction.class
                .getAnnotation(MigrationChecks.class))).isEqualTo(Migrations.configure()
                .locations("classpath:db/checks_two_heads").versionTable("kit_version").historyTable("kit_history")
                .transactionMode(TransactionMode.SINGLE).settings());
        assertThat(MigrationChecksTestEngine.settingsOf(MissingTableSchema.class.getAnnotation(MigrationChecks.class))
                .tableSchema()).isEqualTo("kit_missing");
        assertThatThrownBy(() -> MigrationChecksTestEngine.settingsOf(TwoTransactionModes.class
                .getAnnotation(MigrationChecks.class))).hasMessage("@MigrationChecks(transactionMode = ...) names 2"
                + " modes; name one");
    }

    @Test
    void theTableSettingsReachTheChecks() {
        run(MissingTableSchema.class).assertThatEvents().haveExactly(1, event(test(),
                displayName("upgrade base to head"), finishedWithFailure(message(m -> m.contains(
                        "Schema kit_missing does not exist (table-schema=kit_missing)")))));
        run(RenamedTablesInOneTransaction.class).assertStatistics(stats -> stats.started(3).succeeded(3));
    }

    @Test
    void initFromEntitiesWithoutTheMigrationsDefaultsFailsAndFromMatchingEntitiesPasses() {
        run(InitFromIncompleteEntities.class).assertThatEvents().haveExactly(1, event(test(),
                displayName("init matches upgrade heads"), finishedWithFailure(instanceOf(MigrationCheckFailure.class),
                        message(MigrationCheckTest.INIT_DIFFERS))));

        run(InitSetMigrationChecksTest.class).assertStatistics(stats -> stats.started(10).succeeded(10));
    }
}

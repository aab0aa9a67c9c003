package org.opsdb.migrations.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.revision.Revision;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * Upgrades and downgrades a six-revision graph (Java and SQL mixed, a branch and its merge) on a real
 * PostgreSQL and checks the catalog, the version table and the history after each command.
 */
@FreshDatabase
class UpgradeDowngradeTest {

    static final String A = "3f9c1a2b7d40";
    static final String B = "a1b2c3d4e5f6";
    static final String C = "c0ffee000001";
    static final String D = "d00d00000002";
    static final String E = "e5e5e5e5e5e5";
    static final String F = "f00f00f00f06";

    private final TestDatabase db;
    private final DatabaseState state;
    private Migrations migrations;

    UpgradeDowngradeTest(TestDatabase db) {
        this.db = db;
        this.state = new DatabaseState(db);
    }

    @BeforeEach
    void reset() {
        state.reset();
        migrations = Migrations.configure().dataSource(db.dataSource()).locations("classpath:db/runtime_it").load();
    }

    private static List<String> ids(MigrationResult result) {
        return result.steps().stream().map(s -> s.direction().name() + " " + s.revision().id()).toList();
    }

    @Test
    void upgradeHeadAppliesEveryRevisionOnceInGraphOrder() {
        MigrationResult result = migrations.upgrade("head");

        // Alembic's order: a merge's last-named arm is applied first
        assertThat(ids(result)).containsExactly("UP " + A, "UP " + B, "UP " + D, "UP " + C, "UP " + E, "UP " + F);
        assertThat(result.headsBefore()).isEmpty();
        assertThat(result.headsAfter()).containsExactly(F);
        assertThat(state.tables()).containsExactly("alembic_version", "instrument", "observatory",
                "opsdb_migration_history", "telescope");
        assertThat(state.versions()).containsExactly(F);
        assertThat(state.strings("SELECT name FROM observatory")).containsExactly("CCAT; Cerro Chajnantor");
        assertThat(state.strings("SELECT indexname FROM pg_indexes WHERE tablename = 'instrument' ORDER BY 1"))
                .containsExactly("instrument_pkey", "ix_instrument_name");
        assertThat(state.history()).containsExactly(A + " up true", B + " up true", D + " up true",
                C + " up true", E + " up true", F + " up true");

        assertThat(migrations.upgrade("head").nothingToDo()).isTrue();
        assertThat(state.history()).hasSize(6);
    }

    @Test
    void versionTableHoldsOneRowPerAppliedHeadAcrossTheBranch() {
        migrations.upgrade(C);
        assertThat(state.versions()).containsExactly(C);
        migrations.upgrade(D);
        assertThat(state.versions()).containsExactly(C, D);
        assertThat(migrations.current()).extracting(Revision::id).containsExactlyInAnyOrder(C, D);
        assertThatThrownBy(() -> migrations.upgrade("+1")).hasMessage("Ambiguous relative revision +1: several"
                + " current heads (c0ffee000001, d00d00000002); name the one to start from, e.g. c0ffee000001+1");
        migrations.upgrade(C + "+1");
        assertThat(state.versions()).containsExactly(E);
    }

    @Test
    void downgradeMinusOneThenToBranchPointThenBase() {
        migrations.upgrade("head");

        assertThat(ids(migrations.downgrade("-1"))).containsExactly("DOWN " + F);
        assertThat(state.versions()).containsExactly(E);
        assertThat(state.strings("SELECT typname FROM pg_type WHERE typname = 'observationstatus'")).isEmpty();

        MigrationResult toBranchPoint = migrations.downgrade(B);
        assertThat(ids(toBranchPoint)).containsExactly("DOWN " + E, "DOWN " + C, "DOWN " + D);
        assertThat(state.versions()).containsExactly(B);
        assertThat(state.tables()).containsExactly("alembic_version", "observatory", "opsdb_migration_history",
                "telescope");

        assertThat(ids(migrations.downgrade("base"))).containsExactly("DOWN " + B, "DOWN " + A);
        assertThat(state.versions()).isEmpty();
        assertThat(state.tables()).containsExactly("alembic_version", "opsdb_migration_history");

        assertThat(ids(migrations.upgrade("head"))).hasSize(6);
        assertThat(state.versions()).containsExactly(F);
    }

    @Test
    void roundTripUpgradeDowngradeUpgrade() {
        migrations.upgrade("head");
        migrations.downgrade("-1");
        migrations.upgrade("head");
        assertThat(state.versions()).containsExactly(F);
        assertThat(state.history()).endsWith(F + " down true", F + " up true");
    }

    @Test
    void downgradeMinusOneFromTwoCurrentHeadsIsAnError() {
        migrations.upgrade(C);
        migrations.upgrade(D);
        assertThatThrownBy(() -> migrations.downgrade("-1")).hasMessageContaining("-1");
        assertThat(state.versions()).containsExactly(C, D);
    }

    @Test
    void currentHeadsHistoryAndShowAnswerLikeAlembic() {
        assertThat(migrations.current()).isEmpty();
        migrations.upgrade(D);
        assertThat(migrations.current()).extracting(Revision::id).containsExactly(D);
        assertThat(migrations.heads()).extracting(Revision::id).containsExactly(F);
        assertThat(migrations.pending()).extracting(Revision::id).containsExactly(C, E, F);
        assertThat(migrations.history(B + ":" + E)).extracting(Revision::id).containsExactly(E, C, D, B);
        assertThat(migrations.history(null)).extracting(Revision::id).containsExactly(F, E, C, D, B, A);
        assertThat(migrations.show("instruments")).extracting(Revision::id).containsExactly(C);
        assertThat(migrations.show("f00f")).extracting(Revision::id).containsExactly(F);
    }

    @Test
    void stampMovesTheVersionTableWithoutRunningScripts() {
        migrations.stamp(B);
        assertThat(state.versions()).containsExactly(B);
        assertThat(state.tables()).containsExactly("alembic_version", "opsdb_migration_history");
        migrations.stamp("heads");
        assertThat(state.versions()).containsExactly(F);
        migrations.stamp(C);
        // as a downgrade from the merge to one arm would: the other arm stays applied
        assertThat(state.versions()).containsExactly(C, D);
        migrations.stamp("base");
        assertThat(state.versions()).isEmpty();
        assertThat(state.history()).containsExactlyInAnyOrder(B + " stamp true", F + " stamp true", C + " stamp true",
                D + " stamp true");
    }

    @Test
    void appliedHistoryRecordsDurationUserAndChecksum() {
        migrations.upgrade(B);
        List<HistoryRecord> records = migrations.appliedHistory();
        assertThat(records).extracting(HistoryRecord::revision).containsExactly(A, B);
        HistoryRecord sql = records.get(0);
        assertThat(sql.script()).isEqualTo("db/runtime_it/3f9c1a2b7d40_create_observatory.sql");
        assertThat(sql.checksum()).matches("[0-9a-f]{8}").isEqualTo(migrations.scripts().stream()
                .filter(script -> script.revision().id().equals(A)).findFirst().orElseThrow().checksum().orElseThrow());
        assertThat(sql.duration()).isNotNull();
        assertThat(sql.appliedBy()).isEqualTo(db.username());
        assertThat(records.get(1).script()).isEqualTo("db.runtime_it.A1b2c3d4e5f6_CreateTelescope");
        assertThat(records.get(1).checksum()).isNull();
    }
}

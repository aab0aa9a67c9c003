package org.opsdb.migrations.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/** A failing statement in revision 3 of 4: the database stays at revision 2 and the error names the culprit. */
@FreshDatabase
class FailureTest {

    private final TestDatabase db;
    private final DatabaseState state;

    FailureTest(TestDatabase db) {
        this.db = db;
        this.state = new DatabaseState(db);
    }

    @BeforeEach
    void reset() {
        state.reset();
    }

    private Migrations migrations(TransactionMode mode) {
        return Migrations.configure().dataSource(db.dataSource()).locations("classpath:db/failing_it")
                .transactionMode(mode).load();
    }

    @Test
    void failingStatementLeavesTheDatabaseAtThePreviousRevision() {
        assertThatThrownBy(() -> migrations(TransactionMode.PER_REVISION).upgrade("head"))
                .isInstanceOf(MigrationException.class)
                .hasMessage("Revision aaaaaaaaaaa3 (db/failing_it/aaaaaaaaaaa3_three.sql) failed in upgrade at line 7:"
                        + " ERROR: relation \"nowhere\" does not exist; statement: INSERT INTO nowhere VALUES (1)");
        assertThat(state.versions()).containsExactly("aaaaaaaaaaa2");
        assertThat(state.tables()).containsExactly("alembic_version", "one", "opsdb_migration_history", "two");
        assertThat(state.history()).containsExactly("aaaaaaaaaaa1 up true", "aaaaaaaaaaa2 up true",
                "aaaaaaaaaaa3 up false");
    }

    @Test
    void theErrorCarriesTheRevisionsThatCommittedBeforeTheFailure() {
        Throwable perRevision = catchThrowable(() -> migrations(TransactionMode.PER_REVISION).upgrade("head"));
        assertThat(((MigrationException) perRevision).committed()).extracting(step -> step.revision().id())
                .containsExactly("aaaaaaaaaaa1", "aaaaaaaaaaa2");
        state.reset();
        Throwable single = catchThrowable(() -> migrations(TransactionMode.SINGLE).upgrade("head"));
        assertThat(((MigrationException) single).committed()).isEmpty();
    }

    @Test
    void singleTransactionModeLeavesNothingBehind() {
        assertThatThrownBy(() -> migrations(TransactionMode.SINGLE).upgrade("head"))
                .hasMessageStartingWith("Revision aaaaaaaaaaa3 (db/failing_it/aaaaaaaaaaa3_three.sql) failed");
        assertThat(state.tables()).isEmpty();
    }

    @Test
    void failureInTheFirstRevisionLeavesNoEmptyVersionTable() {
        state.execute("CREATE TABLE one (x int)");
        assertThatThrownBy(() -> migrations(TransactionMode.PER_REVISION).upgrade("head"))
                .hasMessageContaining("aaaaaaaaaaa1")
                .hasMessageContaining("relation \"one\" already exists");
        assertThat(state.tables()).containsExactly("one");
    }

    @Test
    void aFailedRunCanBeDowngradedToBase() {
        Migrations ok = migrations(TransactionMode.PER_REVISION);
        assertThatThrownBy(() -> ok.upgrade("aaaaaaaaaaa3")).isInstanceOf(MigrationException.class);
        assertThat(state.versions()).containsExactly("aaaaaaaaaaa2");
        ok.downgrade("base");
        assertThat(state.versions()).isEmpty();
        assertThat(state.tables()).containsExactly("alembic_version", "opsdb_migration_history");
    }

    @Test
    void unknownRevisionInTheVersionTableIsAnError() {
        state.execute("CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY);"
                + " INSERT INTO alembic_version VALUES ('0123456789ab')");
        assertThatThrownBy(() -> migrations(TransactionMode.PER_REVISION).upgrade("head"))
                .hasMessage("Version table alembic_version holds revision 0123456789ab, which is not among the scripts"
                        + " in classpath:db/failing_it");
        assertThat(state.versions()).containsExactly("0123456789ab");
    }
}

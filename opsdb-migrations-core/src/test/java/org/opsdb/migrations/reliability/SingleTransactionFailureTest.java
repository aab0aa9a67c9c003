package org.opsdb.migrations.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.runtime.DatabaseState;
import org.opsdb.migrations.runtime.MigrationException;
import org.opsdb.migrations.runtime.TransactionMode;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * A failing statement in revision 3 of 4 in {@link TransactionMode#SINGLE}: one line naming the revision, file and
 * statement, and the whole run rolled back — also when earlier revisions had already been applied by another run.
 */
@FreshDatabase
class SingleTransactionFailureTest {

    private final TestDatabase db;
    private final DatabaseState probe;

    SingleTransactionFailureTest(TestDatabase db) {
        this.db = db;
        this.probe = new DatabaseState(db);
    }

    @BeforeEach
    void reset() {
        probe.reset();
    }

    private Migrations migrations(TransactionMode mode) {
        return Migrations.configure().dataSource(db.dataSource()).locations("classpath:db/failing_it")
                .transactionMode(mode).load();
    }

    @Test
    void failingStatementRollsBackTheWholeRun() {
        assertThatThrownBy(() -> migrations(TransactionMode.SINGLE).upgrade("head"))
                .isInstanceOf(MigrationException.class)
                .hasMessage("Revision aaaaaaaaaaa3 (db/failing_it/aaaaaaaaaaa3_three.sql) failed in upgrade at line 7:"
                        + " ERROR: relation \"nowhere\" does not exist; statement: INSERT INTO nowhere VALUES (1)");
        assertThat(probe.tables()).isEmpty();
    }

    @Test
    void failingStatementAfterAnEarlierRunKeepsTheEarlierRevisionAndRecordsTheFailure() {
        migrations(TransactionMode.PER_REVISION).upgrade("aaaaaaaaaaa1");

        assertThatThrownBy(() -> migrations(TransactionMode.SINGLE).upgrade("head"))
                .hasMessageStartingWith("Revision aaaaaaaaaaa3 (db/failing_it/aaaaaaaaaaa3_three.sql) failed in upgrade");
        assertThat(probe.versions()).containsExactly("aaaaaaaaaaa1");
        assertThat(probe.tables()).containsExactly("alembic_version", "one", "opsdb_migration_history");
        assertThat(probe.history()).containsExactly("aaaaaaaaaaa1 up true", "aaaaaaaaaaa3 up false");
    }
}

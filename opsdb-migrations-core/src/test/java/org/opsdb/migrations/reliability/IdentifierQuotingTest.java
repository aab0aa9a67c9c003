package org.opsdb.migrations.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.ddl.PostgresDdl;
import org.opsdb.migrations.ddl.SqlOperations;
import org.opsdb.migrations.operations.BulkInsert;
import org.opsdb.migrations.operations.Column;
import org.opsdb.migrations.operations.CreateTable;
import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.operations.QualifiedName;
import org.opsdb.migrations.operations.SqlSink;
import org.opsdb.migrations.runtime.DatabaseState;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * Hostile names from entities or revision files are always one quoted identifier: a table named
 * {@code "; DROP TABLE x; --} is rendered quoted and, applied on a real database, creates exactly that table and
 * drops nothing.
 */
@FreshDatabase
class IdentifierQuotingTest {

    static final String HOSTILE = "\"; DROP TABLE x; --";

    private final TestDatabase db;
    private final DatabaseState probe;

    IdentifierQuotingTest(TestDatabase db) {
        this.db = db;
        this.probe = new DatabaseState(db);
    }

    @BeforeEach
    void reset() {
        probe.reset();
        probe.execute("CREATE TABLE x (id int)");
    }

    private static CreateTable hostileTable() {
        return new CreateTable(QualifiedName.of(HOSTILE), List.of(Column.of("id", "bigint").primaryKey(),
                Column.of("it's; DROP TABLE x", "text")), List.of(), null, false);
    }

    @Test
    void hostileNamesRenderAsOneQuotedIdentifier() {
        assertThat(new PostgresDdl().render(hostileTable())).containsExactly(
                "CREATE TABLE \"\"\"; DROP TABLE x; --\" (id bigint NOT NULL, \"it's; DROP TABLE x\" text, PRIMARY KEY (id))");
    }

    @Test
    void applyingThemCreatesExactlyThatTableAndDropsNothing() throws Exception {
        try (Connection c = db.openConnection()) {
            List<String> executed = new ArrayList<>();
            Operations op = SqlOperations.rendering(new SqlSink() {
                @Override
                public void execute(String sql) {
                    executed.add(sql);
                    try (var st = c.createStatement()) {
                        st.execute(sql);
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }

                @Override
                public void outsideTransaction(Runnable block) {
                    block.run();
                }

                @Override
                public Optional<Connection> connection() {
                    return Optional.of(c);
                }
            });
            op.apply(hostileTable());
            op.apply(new BulkInsert(QualifiedName.of(HOSTILE), List.of(Map.of("id", 1,
                    "it's; DROP TABLE x", "'); DROP TABLE x; --"))));
            assertThat(executed).hasSize(2);
        }
        assertThat(probe.tables()).containsExactly(HOSTILE, "x");
        assertThat(probe.strings("SELECT attname FROM pg_attribute WHERE attrelid = '\"\"\"; DROP TABLE x; --\"'"
                + "::regclass AND attnum > 0 ORDER BY attnum")).containsExactly("id", "it's; DROP TABLE x");
        assertThat(probe.strings("SELECT \"it's; DROP TABLE x\" FROM \"\"\"; DROP TABLE x; --\""))
                .containsExactly("'); DROP TABLE x; --");
    }
}

package org.opsdb.migrations.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.operations.BulkInsert;
import org.opsdb.migrations.operations.ExecuteSql;
import org.opsdb.migrations.operations.BackfillColumn;
import org.opsdb.migrations.operations.FillNulls;
import org.opsdb.migrations.operations.MigrationOperation;
import org.opsdb.migrations.operations.QualifiedName;

/** PostgreSQL rendering: Data. */
class PostgresDdlDataTest {

    private static final QualifiedName USER = QualifiedName.of("user");
    private static final QualifiedName OBS = QualifiedName.of("ops", "observation");

    private static List<String> render(MigrationOperation op) {
        return new PostgresDdl().render(op);
    }

    @Test
    void executeSplitsStatementsAndDropsSemicolons() {
        assertThat(render(ExecuteSql.of("UPDATE t SET a = ';'; -- done\nDELETE FROM t;")))
                .containsExactly("UPDATE t SET a = ';'", "DELETE FROM t");
    }

    @Test
    void bulkInsertGroupsRowsWithTheSameColumns() {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("id", 1);
        first.put("name", "O'Brien");
        first.put("Active", true);
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("Active", false);
        second.put("id", 2);
        second.put("name", null);
        Map<String, Object> third = new HashMap<>();
        third.put("born", LocalDate.of(2000, 1, 2));
        assertThat(render(new BulkInsert(USER, List.of(first, second, third)))).containsExactly(
                "INSERT INTO \"user\" (id, name, \"Active\") VALUES (1, 'O''Brien', TRUE), (2, NULL, FALSE)",
                "INSERT INTO \"user\" (born) VALUES ('2000-01-02'::date)");
    }

    @Test
    void bulkInsertOfEmptyRowUsesDefaults() {
        assertThat(render(new BulkInsert(OBS, List.of(Map.of())))).containsExactly(
                "INSERT INTO ops.observation DEFAULT VALUES");
        assertThat(render(new BulkInsert(OBS, List.of()))).isEmpty();
    }
    @Test
    void fillNullsUpdatesOnlyTheNullRows() {
        assertThat(render(new FillNulls(USER, "Name", "'none'"))).containsExactly(
                "UPDATE \"user\" SET \"Name\" = 'none' WHERE \"Name\" IS NULL");
        assertThat(render(new FillNulls(OBS, "at", "DEFAULT"))).containsExactly(
                "UPDATE ops.observation SET at = DEFAULT WHERE at IS NULL");
    }

    @Test
    void backfillColumnFillsTheNullRowsBatchByBatchCommittingEach() {
        assertThat(render(new BackfillColumn(USER, "Uid", "gen_random_uuid()", 500))).containsExactly("""
                DO $backfill$
                DECLARE
                    batch tid[];
                    filled bigint;
                BEGIN
                    LOOP
                        batch := ARRAY(SELECT ctid FROM "user" WHERE "Uid" IS NULL LIMIT 500);
                        EXIT WHEN cardinality(batch) = 0;
                        WITH updated AS (UPDATE "user" SET "Uid" = gen_random_uuid() WHERE ctid = ANY (batch) RETURNING "Uid")
                        SELECT count("Uid") INTO filled FROM updated;
                        COMMIT;
                        EXIT WHEN filled = 0;
                    END LOOP;
                END
                $backfill$""");
    }

    /** There is no operation without a rendering: the set is closed, and the renderer visits every member. */
    @Test
    void theOperationsAreAClosedSet() {
        assertThat(MigrationOperation.class.isSealed()).isTrue();
    }
}

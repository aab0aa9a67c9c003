package org.opsdb.migrations.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.opsdb.migrations.operations.BackfillColumn;
import org.opsdb.migrations.operations.BulkInsert;
import org.opsdb.migrations.operations.ExecuteSql;
import org.opsdb.migrations.operations.FillNulls;
import org.opsdb.migrations.sql.SqlStatement;
import org.opsdb.migrations.sql.SqlStatementSplitter;

/** Raw SQL (split into statements), bulk inserts, filling NULLs and backfills in batches. */
final class DataDdl {

    private DataDdl() {
    }

    static List<String> execute(ExecuteSql op) {
        return SqlStatementSplitter.split(op.sql()).stream().map(SqlStatement::sql).toList();
    }

    /** One multi-row INSERT per run of consecutive rows with the same columns. */
    static List<String> bulkInsert(BulkInsert op) {
        List<String> sql = new ArrayList<>();
        List<Map<String, Object>> run = new ArrayList<>();
        for (Map<String, Object> row : op.rows()) {
            if (!run.isEmpty() && !run.get(0).keySet().equals(row.keySet())) {
                sql.add(insert(op, run));
                run.clear();
            }
            run.add(row);
        }
        if (!run.isEmpty()) {
            sql.add(insert(op, run));
        }
        return sql;
    }

    /** {@code UPDATE t SET c = value WHERE c IS NULL}. */
    static List<String> fillNulls(FillNulls op) {
        String column = Sql.name(op.column());
        return List.of("UPDATE " + Sql.name(op.table()) + " SET " + column + " = " + op.value() + " WHERE " + column
                + " IS NULL");
    }

    /**
     * A {@code DO} block that picks up to {@code batchSize} NULL rows by {@code ctid} (a TID scan), fills them and
     * commits, until none is left or a batch filled none (the expression gave NULL).
     */
    static List<String> backfillColumn(BackfillColumn op) {
        String table = Sql.name(op.table());
        String column = Sql.name(op.column());
        return List.of(String.join("\n", "DO $backfill$",
                "DECLARE",
                "    batch tid[];",
                "    filled bigint;",
                "BEGIN",
                "    LOOP",
                "        batch := ARRAY(SELECT ctid FROM " + table + " WHERE " + column + " IS NULL LIMIT "
                        + op.batchSize() + ");",
                "        EXIT WHEN cardinality(batch) = 0;",
                "        WITH updated AS (UPDATE " + table + " SET " + column + " = " + op.expression()
                        + " WHERE ctid = ANY (batch) RETURNING " + column + ")",
                "        SELECT count(" + column + ") INTO filled FROM updated;",
                "        COMMIT;",
                "        EXIT WHEN filled = 0;",
                "    END LOOP;",
                "END",
                "$backfill$"));
    }

    private static String insert(BulkInsert op, List<Map<String, Object>> rows) {
        Set<String> columns = rows.get(0).keySet();
        if (columns.isEmpty()) {
            return "INSERT INTO " + Sql.name(op.table()) + " DEFAULT VALUES";
        }
        String values = rows.stream()
                .map(row -> columns.stream().map(c -> SqlLiterals.of(row.get(c))).collect(Collectors.joining(", ", "(", ")")))
                .collect(Collectors.joining(", "));
        return "INSERT INTO " + Sql.name(op.table()) + " " + Sql.columnList(List.copyOf(columns)) + " VALUES " + values;
    }
}

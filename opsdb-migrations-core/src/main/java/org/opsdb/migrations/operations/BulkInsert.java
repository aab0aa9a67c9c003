package org.opsdb.migrations.operations;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Inserts rows given as column → value maps. Values are rendered as SQL literals: {@code String}, numbers,
 * {@code Boolean}, {@code null}, {@code java.time} values, {@code UUID}, {@code byte[]} and Java enums (by name).
 *
 * @param table the table
 * @param rows  the rows (column order is taken from each map's iteration order)
 */
public record BulkInsert(QualifiedName table, List<Map<String, Object>> rows) implements MigrationOperation {

    /** Copies the rows, keeping column order and {@code null} values. */
    public BulkInsert {
        Objects.requireNonNull(table, "table");
        rows = rows.stream().map(row -> Collections.unmodifiableMap(new LinkedHashMap<>(row))).toList();
    }

    /**
     * One row from column names and values in turn, in that order, {@code null} values included:
     * {@code BulkInsert.row("id", 1L, "name", "north", "retired", null)}.
     */
    public static Map<String, Object> row(Object... columnThenValue) {
        if (columnThenValue.length % 2 != 0) {
            throw new IllegalArgumentException("a row needs a value for each column: " + columnThenValue.length
                    + " names and values given");
        }
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columnThenValue.length; i += 2) {
            row.put((String) columnThenValue[i], columnThenValue[i + 1]);
        }
        return row;
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.bulkInsert(this);
    }
}

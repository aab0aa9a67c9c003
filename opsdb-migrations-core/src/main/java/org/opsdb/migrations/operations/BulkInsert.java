package org.opsdb.migrations.operations;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Inserts rows given as column → value maps. Values are rendered as SQL literals: {@code String}, numbers,
 * {@code Boolean}, {@code null}, {@code java.time} values, {@code UUID}, {@code byte[]} and Java enums (by name).
 * Not reversible.
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

    @Override
    public Optional<MigrationOperation> reverse() {
        return Optional.empty();
    }
}

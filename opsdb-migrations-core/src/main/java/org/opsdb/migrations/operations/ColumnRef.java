package org.opsdb.migrations.operations;

import java.util.Objects;

/**
 * A column of a table, e.g. the owner of a sequence or a user of an enum type.
 *
 * @param table  the table
 * @param column the column name
 */
public record ColumnRef(QualifiedName table, String column) {

    /** Validates the parts. */
    public ColumnRef {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    /** A column; {@code table} may be {@code schema.table}. */
    public static ColumnRef of(String table, String column) {
        return new ColumnRef(QualifiedName.parse(table), column);
    }
}

package org.opsdb.migrations.operations;

import java.util.Objects;

/**
 * {@code UPDATE table SET column = value WHERE column IS NULL}: the backfill before a column becomes NOT NULL.
 *
 * @param table  the table
 * @param column the column to fill
 * @param value  the SQL expression to store, e.g. {@code 0}, {@code 'none'} or {@code DEFAULT}
 */
public record FillNulls(QualifiedName table, String column, String value) implements MigrationOperation {

    /** Validates the parts. */
    public FillNulls {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.fillNulls(this);
    }
}

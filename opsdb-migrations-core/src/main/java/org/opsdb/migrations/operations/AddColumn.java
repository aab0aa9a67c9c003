package org.opsdb.migrations.operations;

import java.util.Objects;

/**
 * {@code ALTER TABLE ... ADD COLUMN}, plus its comment when it has one.
 *
 * @param table       the table
 * @param column      the column definition
 * @param ifNotExists {@code IF NOT EXISTS}
 */
public record AddColumn(QualifiedName table, Column column, boolean ifNotExists) implements MigrationOperation {

    /** Validates the parts. */
    public AddColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    /** This column added {@code IF NOT EXISTS}. */
    public AddColumn withIfNotExists() {
        return new AddColumn(table, column, true);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addColumn(this);
    }
}

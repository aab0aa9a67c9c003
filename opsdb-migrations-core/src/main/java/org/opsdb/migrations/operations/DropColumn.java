package org.opsdb.migrations.operations;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code ALTER TABLE ... DROP COLUMN}. Reversible (schema only, not data) when the column's definition is known.
 *
 * @param table      the table
 * @param column     the column name
 * @param ifExists   {@code IF EXISTS}
 * @param cascade    {@code CASCADE}
 * @param definition the column as it was, or {@code null}
 */
public record DropColumn(QualifiedName table, String column, boolean ifExists, boolean cascade, Column definition)
        implements MigrationOperation {

    /** Validates the parts. */
    public DropColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        if (definition != null && !definition.name().equals(column)) {
            throw new IllegalArgumentException("definition of " + definition.name() + " given for column " + column);
        }
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropColumn(this);
    }

    @Override
    public Optional<MigrationOperation> reverse() {
        return definition == null || cascade ? Optional.empty()
                : Optional.of(new AddColumn(table, definition, false));
    }
}

package org.opsdb.migrations.operations;

import java.util.Objects;

/**
 * {@code ALTER TABLE ... DROP COLUMN [IF EXISTS] name [CASCADE]}.
 *
 * @param table      the table
 * @param column     the column name
 * @param ifExists   {@code IF EXISTS}
 * @param cascade    {@code CASCADE}
 */
public record DropColumn(QualifiedName table, String column, boolean ifExists, boolean cascade)
        implements MigrationOperation {

    /** Validates the parts. */
    public DropColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropColumn(this);
    }
}

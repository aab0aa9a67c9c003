package org.opsdb.migrations.operations;

import java.util.Objects;

/**
 * {@code ALTER TABLE ... RENAME TO ...}; the table stays in its schema.
 *
 * @param table   the table
 * @param newName its new (unqualified) name
 */
public record RenameTable(QualifiedName table, String newName) implements MigrationOperation {

    /** Validates the names. */
    public RenameTable {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(newName, "newName");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.renameTable(this);
    }
}

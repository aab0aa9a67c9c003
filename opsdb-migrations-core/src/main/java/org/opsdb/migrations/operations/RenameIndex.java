package org.opsdb.migrations.operations;

import java.util.Objects;

/**
 * {@code ALTER INDEX ... RENAME TO ...}; the index stays in its schema.
 *
 * @param index   the index, qualified by its table's schema
 * @param newName its new (unqualified) name
 */
public record RenameIndex(QualifiedName index, String newName) implements MigrationOperation {

    /** Validates the names. */
    public RenameIndex {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(newName, "newName");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.renameIndex(this);
    }
}

package org.opsdb.migrations.operations;

import java.util.Objects;

/**
 * {@code ALTER TABLE ... RENAME CONSTRAINT ... TO ...}; the index behind a primary key or unique constraint is
 * renamed with it, and foreign keys that depend on it stay valid.
 *
 * @param table      the constraint's table
 * @param constraint the constraint's name
 * @param newName    its new name
 */
public record RenameConstraint(QualifiedName table, String constraint, String newName) implements MigrationOperation {

    /** Validates the names. */
    public RenameConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
        Objects.requireNonNull(newName, "newName");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.renameConstraint(this);
    }
}

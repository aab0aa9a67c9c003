package org.opsdb.migrations.operations;

import java.util.Objects;

/**
 * {@code ALTER TYPE name RENAME TO newName}; the type stays in its schema.
 *
 * @param type    the type
 * @param newName its new (unqualified) name
 */
public record RenameType(QualifiedName type, String newName) implements MigrationOperation {

    /** Validates the parts. */
    public RenameType {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(newName, "newName");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.renameType(this);
    }
}

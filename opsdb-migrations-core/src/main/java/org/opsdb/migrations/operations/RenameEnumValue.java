package org.opsdb.migrations.operations;

import java.util.Objects;

/**
 * {@code ALTER TYPE name RENAME VALUE 'from' TO 'to'}.
 *
 * @param type the enum type
 * @param from the current label
 * @param to   the new label
 */
public record RenameEnumValue(QualifiedName type, String from, String to) implements MigrationOperation {

    /** Validates the parts. */
    public RenameEnumValue {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.renameEnumValue(this);
    }
}

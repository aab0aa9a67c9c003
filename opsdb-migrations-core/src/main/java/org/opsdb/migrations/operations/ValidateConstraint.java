package org.opsdb.migrations.operations;

import java.util.Objects;

/**
 * {@code ALTER TABLE ... VALIDATE CONSTRAINT name}: checks the existing rows against a FOREIGN KEY or CHECK
 * constraint added {@code NOT VALID} (see {@link AddConstraint#notValid()}), under a SHARE UPDATE EXCLUSIVE lock
 * that lets reads and writes go on; run it in its own transaction (an {@link OutsideTransaction} block).
 *
 * @param table the table
 * @param name  the constraint name
 */
public record ValidateConstraint(QualifiedName table, String name) implements MigrationOperation {

    /** Validates the parts. */
    public ValidateConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.validateConstraint(this);
    }
}

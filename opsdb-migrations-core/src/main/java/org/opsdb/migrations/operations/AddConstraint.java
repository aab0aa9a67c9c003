package org.opsdb.migrations.operations;

import java.util.Objects;

/**
 * {@code ALTER TABLE ... ADD [CONSTRAINT name] ...} for any {@link TableConstraint}.
 * Reversible when the constraint is named.
 *
 * @param table      the table
 * @param constraint the constraint
 */
public record AddConstraint(QualifiedName table, TableConstraint constraint) implements MigrationOperation {

    /** Validates the parts. */
    public AddConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addConstraint(this);
    }
}

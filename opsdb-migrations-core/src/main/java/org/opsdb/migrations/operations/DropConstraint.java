package org.opsdb.migrations.operations;

import java.util.Objects;

/**
 * {@code ALTER TABLE ... DROP CONSTRAINT [IF EXISTS] name [CASCADE]}.
 *
 * @param table      the table
 * @param name       the constraint name
 * @param ifExists   {@code IF EXISTS}
 * @param cascade    {@code CASCADE}
 */
public record DropConstraint(QualifiedName table, String name, boolean ifExists, boolean cascade)
        implements MigrationOperation {

    /** Validates the parts. */
    public DropConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
    }

    /** This drop with {@code IF EXISTS}. */
    public DropConstraint withIfExists() {
        return new DropConstraint(table, name, true, cascade);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropConstraint(this);
    }
}

package org.opsdb.migrations.operations;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code ALTER TABLE ... DROP CONSTRAINT [IF EXISTS] name [CASCADE]}. Reversible when the definition is known.
 *
 * @param table      the table
 * @param name       the constraint name
 * @param ifExists   {@code IF EXISTS}
 * @param cascade    {@code CASCADE}
 * @param definition the constraint as it was, or {@code null}
 */
public record DropConstraint(QualifiedName table, String name, boolean ifExists, boolean cascade,
                             TableConstraint definition) implements MigrationOperation {

    /** Validates the parts. */
    public DropConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropConstraint(this);
    }

    @Override
    public Optional<MigrationOperation> reverse() {
        return definition == null || cascade ? Optional.empty()
                : Optional.of(new AddConstraint(table, definition.named(name)));
    }
}

package org.opsdb.migrations.operations;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code DROP SEQUENCE [IF EXISTS] name [CASCADE]}. Reversible when the definition is known.
 *
 * @param sequence   the sequence
 * @param ifExists   {@code IF EXISTS}
 * @param cascade    {@code CASCADE}
 * @param definition the sequence as it was, or {@code null}
 */
public record DropSequence(QualifiedName sequence, boolean ifExists, boolean cascade, CreateSequence definition)
        implements MigrationOperation {

    /** Validates the name. */
    public DropSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropSequence(this);
    }

    @Override
    public Optional<MigrationOperation> reverse() {
        return definition == null || cascade ? Optional.empty() : Optional.of(definition);
    }
}

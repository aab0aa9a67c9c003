package org.opsdb.migrations.operations;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code ALTER SEQUENCE name [options]}, setting only the non-null options. Reversible when the previous values
 * of the changed options are given.
 *
 * @param sequence the sequence
 * @param changes  the options to set
 * @param previous the same options' previous values, or {@code null}
 */
public record AlterSequence(QualifiedName sequence, SequenceOptions changes, SequenceOptions previous)
        implements MigrationOperation {

    /** Validates the parts. */
    public AlterSequence {
        Objects.requireNonNull(sequence, "sequence");
        Objects.requireNonNull(changes, "changes");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterSequence(this);
    }

    @Override
    public Optional<MigrationOperation> reverse() {
        return previous == null ? Optional.empty() : Optional.of(new AlterSequence(sequence, previous, changes));
    }
}

package org.opsdb.migrations.operations;

import java.util.Objects;

/**
 * {@code ALTER SEQUENCE name [options]}, setting only the non-null options.
 *
 * @param sequence the sequence
 * @param changes  the options to set
 */
public record AlterSequence(QualifiedName sequence, SequenceOptions changes)
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
}

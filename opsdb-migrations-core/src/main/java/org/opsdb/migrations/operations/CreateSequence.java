package org.opsdb.migrations.operations;

import java.util.Objects;

/**
 * {@code CREATE SEQUENCE [IF NOT EXISTS] name [options]}.
 *
 * @param sequence    the sequence
 * @param options     its options
 * @param ifNotExists {@code IF NOT EXISTS}
 */
public record CreateSequence(QualifiedName sequence, SequenceOptions options, boolean ifNotExists)
        implements MigrationOperation {

    /** Validates the parts. */
    public CreateSequence {
        Objects.requireNonNull(sequence, "sequence");
        options = options == null ? SequenceOptions.DEFAULTS : options;
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createSequence(this);
    }
}

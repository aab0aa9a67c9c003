package org.opsdb.migrations.operations;

import java.util.Objects;

/**
 * {@code DROP SEQUENCE [IF EXISTS] name [CASCADE]}.
 *
 * @param sequence   the sequence
 * @param ifExists   {@code IF EXISTS}
 * @param cascade    {@code CASCADE}
 */
public record DropSequence(QualifiedName sequence, boolean ifExists, boolean cascade)
        implements MigrationOperation {

    /** Validates the name. */
    public DropSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropSequence(this);
    }
}

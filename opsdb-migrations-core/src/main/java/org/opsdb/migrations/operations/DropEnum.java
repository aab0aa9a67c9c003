package org.opsdb.migrations.operations;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code DROP TYPE [IF EXISTS] name [CASCADE]} for an enum type. Reversible when the labels are known.
 *
 * @param type     the type name
 * @param ifExists {@code IF EXISTS}
 * @param cascade  {@code CASCADE} (drops the columns that use the type: not reversible)
 * @param labels   the labels it had, or {@code null}
 */
public record DropEnum(QualifiedName type, boolean ifExists, boolean cascade, List<String> labels)
        implements MigrationOperation {

    /** Copies the labels. */
    public DropEnum {
        Objects.requireNonNull(type, "type");
        labels = labels == null ? null : List.copyOf(labels);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropEnum(this);
    }

    @Override
    public Optional<MigrationOperation> reverse() {
        return labels == null || cascade ? Optional.empty() : Optional.of(new CreateEnum(type, labels));
    }
}

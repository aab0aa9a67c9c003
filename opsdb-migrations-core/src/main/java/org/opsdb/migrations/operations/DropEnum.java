package org.opsdb.migrations.operations;

import java.util.Objects;

/**
 * {@code DROP TYPE [IF EXISTS] name [CASCADE]} for an enum type.
 *
 * @param type     the type name
 * @param ifExists {@code IF EXISTS}
 * @param cascade  {@code CASCADE} (drops the columns that use the type too)
 */
public record DropEnum(QualifiedName type, boolean ifExists, boolean cascade) implements MigrationOperation {

    /** Validates the name. */
    public DropEnum {
        Objects.requireNonNull(type, "type");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropEnum(this);
    }
}

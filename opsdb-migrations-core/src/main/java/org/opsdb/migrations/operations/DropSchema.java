package org.opsdb.migrations.operations;

import java.util.Objects;

/**
 * {@code DROP SCHEMA [IF EXISTS] name [CASCADE]}. Without CASCADE only an empty schema can be dropped.
 *
 * @param schema   the schema
 * @param ifExists {@code IF EXISTS}
 * @param cascade  {@code CASCADE} (drops everything in it)
 */
public record DropSchema(String schema, boolean ifExists, boolean cascade) implements MigrationOperation {

    /** Validates the name. */
    public DropSchema {
        Objects.requireNonNull(schema, "schema");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropSchema(this);
    }
}

package org.opsdb.migrations.operations;

import java.util.Objects;

/**
 * {@code CREATE SCHEMA [IF NOT EXISTS] name}.
 *
 * @param schema      the schema
 * @param ifNotExists {@code IF NOT EXISTS}
 */
public record CreateSchema(String schema, boolean ifNotExists) implements MigrationOperation {

    /** Validates the name. */
    public CreateSchema {
        Objects.requireNonNull(schema, "schema");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createSchema(this);
    }
}

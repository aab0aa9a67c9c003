package org.opsdb.migrations.operations;

import java.util.Objects;

/**
 * {@code ALTER TABLE ... SET SCHEMA ...}: moves a table to another schema with its rows; PostgreSQL moves its
 * indexes, constraints and the sequences its columns own (serial and identity) with it.
 *
 * @param table  the table
 * @param schema the schema it moves to
 */
public record SetTableSchema(QualifiedName table, String schema) implements MigrationOperation {

    /** Validates the names. */
    public SetTableSchema {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(schema, "schema");
    }

    /** The table's name once moved. */
    public QualifiedName movedTable() {
        return QualifiedName.of(schema, table.name());
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.setTableSchema(this);
    }
}

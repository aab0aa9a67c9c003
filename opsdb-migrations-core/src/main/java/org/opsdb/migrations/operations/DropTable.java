package org.opsdb.migrations.operations;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code DROP TABLE}. Reversible only when the dropped table's definition is supplied.
 *
 * @param table      the table
 * @param ifExists   {@code IF EXISTS}
 * @param cascade    {@code CASCADE}
 * @param definition the table as it was, for the reverse, or {@code null}
 */
public record DropTable(QualifiedName table, boolean ifExists, boolean cascade, CreateTable definition)
        implements MigrationOperation {

    /** Validates the table. */
    public DropTable {
        Objects.requireNonNull(table, "table");
    }

    /** A plain drop; {@code table} may be {@code schema.table}. */
    public static DropTable of(String table) {
        return new DropTable(QualifiedName.parse(table), false, false, null);
    }

    /** This drop with {@code IF EXISTS}. */
    public DropTable withIfExists() {
        return new DropTable(table, true, cascade, definition);
    }

    /** This drop with {@code CASCADE} (no longer reversible: dependent objects are lost). */
    public DropTable withCascade() {
        return new DropTable(table, ifExists, true, definition);
    }

    /** This drop, knowing the table's definition so that it can be recreated. */
    public DropTable withDefinition(CreateTable createTable) {
        return new DropTable(table, ifExists, cascade, createTable);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropTable(this);
    }

    @Override
    public Optional<MigrationOperation> reverse() {
        return cascade ? Optional.empty() : Optional.ofNullable(definition);
    }
}

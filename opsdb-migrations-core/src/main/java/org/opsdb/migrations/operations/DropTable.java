package org.opsdb.migrations.operations;

import java.util.Objects;

/**
 * {@code DROP TABLE [IF EXISTS] name [CASCADE]}.
 *
 * @param table      the table
 * @param ifExists   {@code IF EXISTS}
 * @param cascade    {@code CASCADE}
 */
public record DropTable(QualifiedName table, boolean ifExists, boolean cascade) implements MigrationOperation {

    /** Validates the table. */
    public DropTable {
        Objects.requireNonNull(table, "table");
    }

    /** A plain drop; {@code table} may be {@code schema.table}. */
    public static DropTable of(String table) {
        return new DropTable(QualifiedName.parse(table), false, false);
    }

    /** This drop with {@code IF EXISTS}. */
    public DropTable withIfExists() {
        return new DropTable(table, true, cascade);
    }

    /** This drop with {@code CASCADE} (dependent objects are dropped too). */
    public DropTable withCascade() {
        return new DropTable(table, ifExists, true);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropTable(this);
    }
}

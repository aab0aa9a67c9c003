package org.opsdb.migrations.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code CREATE TABLE} with its columns, inline constraints and comment. Columns flagged
 * {@link Column#primaryKey()} form the primary key unless a {@link PrimaryKeyConstraint} is given.
 *
 * @param table       the table
 * @param columns     the columns, in order
 * @param constraints table-level constraints
 * @param comment     table comment, or {@code null}
 * @param ifNotExists {@code IF NOT EXISTS}
 */
public record CreateTable(QualifiedName table, List<Column> columns, List<TableConstraint> constraints,
                          String comment, boolean ifNotExists) implements MigrationOperation {

    /** Copies and validates the definition. */
    public CreateTable {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        constraints = List.copyOf(constraints);
        boolean flagged = columns.stream().anyMatch(Column::isPrimaryKey);
        boolean explicit = constraints.stream().anyMatch(PrimaryKeyConstraint.class::isInstance);
        if (flagged && explicit) {
            throw new IllegalArgumentException("table " + table
                    + " declares its primary key both on columns and as a constraint");
        }
    }

    /** A table from columns and constraints in any order; {@code table} may be {@code schema.table}. */
    public static CreateTable of(String table, TableElement... elements) {
        List<Column> columns = new ArrayList<>();
        List<TableConstraint> constraints = new ArrayList<>();
        for (TableElement element : elements) {
            if (element instanceof Column column) {
                columns.add(column);
            } else {
                constraints.add((TableConstraint) element);
            }
        }
        return new CreateTable(QualifiedName.parse(table), columns, constraints, null, false);
    }

    /** This table with a comment. */
    public CreateTable comment(String text) {
        return new CreateTable(table, columns, constraints, text, ifNotExists);
    }

    /** This statement with {@code IF NOT EXISTS}. */
    public CreateTable withIfNotExists() {
        return new CreateTable(table, columns, constraints, comment, true);
    }

    /** The primary key: the explicit constraint, or one made from the flagged columns. */
    public Optional<PrimaryKeyConstraint> primaryKey() {
        Optional<PrimaryKeyConstraint> explicit = constraints.stream()
                .filter(PrimaryKeyConstraint.class::isInstance).map(PrimaryKeyConstraint.class::cast).findFirst();
        if (explicit.isPresent()) {
            return explicit;
        }
        List<String> flagged = columns.stream().filter(Column::isPrimaryKey).map(Column::name).toList();
        return flagged.isEmpty() ? Optional.empty() : Optional.of(new PrimaryKeyConstraint(null, flagged));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createTable(this);
    }
}

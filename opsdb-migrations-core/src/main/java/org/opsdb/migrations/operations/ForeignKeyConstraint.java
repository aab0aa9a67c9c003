package org.opsdb.migrations.operations;

import java.util.List;
import java.util.Objects;

/**
 * {@code FOREIGN KEY (columns) REFERENCES table (referencedColumns)} with its actions and deferrability.
 *
 * @param name              constraint name, or {@code null}
 * @param columns           referencing columns
 * @param referencedTable   referenced table
 * @param referencedColumns referenced columns (same count as {@code columns})
 * @param onDelete          action on delete, or {@code null} for the default
 * @param onUpdate          action on update, or {@code null} for the default
 * @param isDeferrable      {@code DEFERRABLE}
 * @param isInitiallyDeferred {@code INITIALLY DEFERRED} (implies deferrable)
 */
public record ForeignKeyConstraint(String name, List<String> columns, QualifiedName referencedTable,
                                   List<String> referencedColumns, ReferentialAction onDelete,
                                   ReferentialAction onUpdate, boolean isDeferrable, boolean isInitiallyDeferred)
        implements TableConstraint {

    /** Copies and validates the column lists. */
    public ForeignKeyConstraint {
        columns = Names.nonEmpty(columns, "foreign key columns");
        referencedColumns = Names.nonEmpty(referencedColumns, "referenced columns");
        Objects.requireNonNull(referencedTable, "referencedTable");
        if (columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("foreign key " + columns + " and referenced " + referencedColumns
                    + " differ in length");
        }
        isDeferrable = isDeferrable || isInitiallyDeferred;
    }

    /** An unnamed single- or multi-column foreign key; {@code referencedTable} may be {@code schema.table}. */
    public static ForeignKeyConstraint of(List<String> columns, String referencedTable, List<String> referencedColumns) {
        return new ForeignKeyConstraint(null, columns, QualifiedName.parse(referencedTable), referencedColumns,
                null, null, false, false);
    }

    /** An unnamed single-column foreign key. */
    public static ForeignKeyConstraint of(String column, String referencedTable, String referencedColumn) {
        return of(List.of(column), referencedTable, List.of(referencedColumn));
    }

    /** This constraint with a name. */
    public ForeignKeyConstraint named(String constraintName) {
        return new ForeignKeyConstraint(constraintName, columns, referencedTable, referencedColumns, onDelete,
                onUpdate, isDeferrable, isInitiallyDeferred);
    }

    /** This constraint with an {@code ON DELETE} action. */
    public ForeignKeyConstraint onDelete(ReferentialAction action) {
        return new ForeignKeyConstraint(name, columns, referencedTable, referencedColumns, action, onUpdate,
                isDeferrable, isInitiallyDeferred);
    }

    /** This constraint with an {@code ON UPDATE} action. */
    public ForeignKeyConstraint onUpdate(ReferentialAction action) {
        return new ForeignKeyConstraint(name, columns, referencedTable, referencedColumns, onDelete, action,
                isDeferrable, isInitiallyDeferred);
    }

    /** This constraint as {@code DEFERRABLE} (initially immediate). */
    public ForeignKeyConstraint deferrable() {
        return new ForeignKeyConstraint(name, columns, referencedTable, referencedColumns, onDelete, onUpdate,
                true, isInitiallyDeferred);
    }

    /** This constraint as {@code DEFERRABLE INITIALLY DEFERRED}. */
    public ForeignKeyConstraint initiallyDeferred() {
        return new ForeignKeyConstraint(name, columns, referencedTable, referencedColumns, onDelete, onUpdate,
                true, true);
    }
}

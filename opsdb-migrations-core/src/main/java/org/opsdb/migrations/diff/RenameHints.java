package org.opsdb.migrations.diff;

import java.util.LinkedHashMap;
import java.util.Map;
import org.opsdb.migrations.operations.QualifiedName;

/**
 * Tells the comparison that a table or column was renamed, so that it emits a rename instead of a drop and an
 * add (which would lose the data). Names are those of the first ("from") model; {@code table} may be
 * {@code schema.table}.
 *
 * @param tables  old table name → new simple name
 * @param columns old column (in its table's old name) → new column name
 */
public record RenameHints(Map<QualifiedName, String> tables, Map<ColumnKey, String> columns) {

    /** No renames. */
    public static RenameHints none() {
        return new RenameHints(Map.of(), Map.of());
    }

    /** Copies the maps. */
    public RenameHints {
        tables = Map.copyOf(tables);
        columns = Map.copyOf(columns);
    }

    /** Adds a table rename. */
    public RenameHints table(String oldTable, String newName) {
        Map<QualifiedName, String> copy = new LinkedHashMap<>(tables);
        copy.put(QualifiedName.parse(oldTable), newName);
        return new RenameHints(copy, columns);
    }

    /** Adds a column rename. */
    public RenameHints column(String table, String oldColumn, String newColumn) {
        Map<ColumnKey, String> copy = new LinkedHashMap<>(columns);
        copy.put(new ColumnKey(QualifiedName.parse(table), oldColumn), newColumn);
        return new RenameHints(tables, copy);
    }

    /** The hints for the opposite direction (new names → old names). */
    public RenameHints inverse() {
        Map<QualifiedName, String> t = new LinkedHashMap<>();
        tables.forEach((from, to) -> t.put(from.withName(to), from.name()));
        Map<ColumnKey, String> c = new LinkedHashMap<>();
        columns.forEach((key, to) -> {
            QualifiedName table = tables.containsKey(key.table()) ? key.table().withName(tables.get(key.table()))
                    : key.table();
            c.put(new ColumnKey(table, to), key.column());
        });
        return new RenameHints(t, c);
    }

    /**
     * A column of a table.
     *
     * @param table  the table
     * @param column the column
     */
    public record ColumnKey(QualifiedName table, String column) {
    }
}

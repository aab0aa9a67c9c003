package org.opsdb.migrations.diff;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.opsdb.migrations.operations.QualifiedName;
import org.opsdb.migrations.reflect.ReflectionScope;

/**
 * Tells the comparison that a table or column was renamed, so that it emits a rename instead of a drop and an
 * add (which would lose the data). Names are those of the first ("from") model; {@code table} may be
 * {@code schema.table}. The console's {@code --rename OLD=NEW} option and {@link #parse(String)} take the same
 * hints as text: {@code table.column=new_column} or {@code schema.table.column=new_column} for a column,
 * {@code table=new_table} or {@code schema.table=schema.new_table} for a table renamed in its schema,
 * {@code schema.table=other_schema.table} (or {@code table=other_schema.table} from the default schema) for a table
 * moved to another schema, renamed or not ({@code public.} names a table of the default schema), and
 * {@code type:LABEL=NEW_LABEL} or {@code schema.type:LABEL=NEW_LABEL} for a renamed label of a PostgreSQL enum type.
 *
 * @param tables      old table name → new table name (the same schema unless it moved)
 * @param columns     old column (in its table's old name) → new column name
 * @param enumLabels  old label of an enum type → new label
 */
public record RenameHints(Map<QualifiedName, QualifiedName> tables, Map<ColumnKey, String> columns,
                          Map<EnumLabel, String> enumLabels) {

    /** No renames. */
    public static RenameHints none() {
        return new RenameHints(Map.of(), Map.of(), Map.of());
    }

    /** Copies the maps, keeping the order the hints were given in (the order the script applies them in). */
    public RenameHints {
        tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        enumLabels = Collections.unmodifiableMap(new LinkedHashMap<>(enumLabels));
    }

    /** Table and column renames only. */
    public RenameHints(Map<QualifiedName, QualifiedName> tables, Map<ColumnKey, String> columns) {
        this(tables, columns, Map.of());
    }

    /** Adds a table rename: {@code newName} alone keeps the table in its schema, {@code schema.name} moves it. */
    public RenameHints table(String oldTable, String newName) {
        QualifiedName old = QualifiedName.parse(oldTable);
        QualifiedName now = newName.contains(".") ? QualifiedName.parse(newName) : old.withName(newName);
        Map<QualifiedName, QualifiedName> copy = new LinkedHashMap<>(tables);
        copy.put(old, now);
        return new RenameHints(copy, columns, enumLabels);
    }

    /** Adds a column rename. */
    public RenameHints column(String table, String oldColumn, String newColumn) {
        Map<ColumnKey, String> copy = new LinkedHashMap<>(columns);
        copy.put(new ColumnKey(QualifiedName.parse(table), oldColumn), newColumn);
        return new RenameHints(tables, copy, enumLabels);
    }

    /**
     * Adds a renamed label of an enum type ({@code ALTER TYPE … RENAME VALUE}); {@code type} may be
     * {@code schema.type}; labels are taken as they are (case-sensitive).
     */
    public RenameHints enumLabel(String type, String oldLabel, String newLabel) {
        Map<EnumLabel, String> copy = new LinkedHashMap<>(enumLabels);
        copy.put(new EnumLabel(QualifiedName.parse(type), oldLabel), newLabel);
        return new RenameHints(tables, columns, copy);
    }

    /**
     * Adds the hint one {@code --rename} option spells: {@code table.column=new_column},
     * {@code schema.table.column=new_column}, {@code table=new_table}, or {@code [schema.]table=schema.new_table}
     * (another schema moves the table).
     *
     * @throws IllegalArgumentException naming the text when it is none of these
     */
    public RenameHints parse(String hint) {
        String text = hint == null ? "" : hint.strip();
        int colon = text.indexOf(':');
        if (colon >= 0) {
            return parseEnumLabel(hint, text, colon);
        }
        int equals = text.indexOf('=');
        String[] old = text.substring(0, Math.max(equals, 0)).split("\\.", -1);
        String[] now = text.substring(equals + 1).split("\\.", -1);
        boolean valid = equals > 0 && Arrays.stream(old).noneMatch(String::isBlank)
                && Arrays.stream(now).noneMatch(String::isBlank);
        if (valid && now.length == 1 && old.length == 1) {
            return table(old[0], now[0]);
        }
        if (valid && now.length == 1 && old.length <= 3) {
            String table = String.join(".", Arrays.asList(old).subList(0, old.length - 1));
            return column(table, old[old.length - 1], now[0]);
        }
        if (valid && now.length == 2 && old.length <= 2) {
            return table(String.join(".", old), now[0] + "." + now[1]);
        }
        throw new IllegalArgumentException("Invalid rename '" + hint + "': use TABLE.COLUMN=NEW_COLUMN,"
                + " SCHEMA.TABLE.COLUMN=NEW_COLUMN, TABLE=NEW_TABLE or SCHEMA.TABLE=SCHEMA.NEW_TABLE");
    }

    /** {@code type:LABEL=NEW_LABEL}, the colon at {@code colon}. */
    private RenameHints parseEnumLabel(String hint, String text, int colon) {
        int equals = text.indexOf('=', colon);
        String type = text.substring(0, colon);
        String old = equals < 0 ? "" : text.substring(colon + 1, equals);
        String now = equals < 0 ? "" : text.substring(equals + 1);
        if (type.isBlank() || old.isEmpty() || now.isEmpty() || Arrays.stream(type.split("\\.", -1))
                .anyMatch(String::isBlank) || type.split("\\.").length > 2) {
            throw new IllegalArgumentException("Invalid rename '" + hint + "': use TYPE:LABEL=NEW_LABEL or"
                    + " SCHEMA.TYPE:LABEL=NEW_LABEL for a renamed enum label");
        }
        return enumLabel(type, old, now);
    }

    /** The {@code --rename} option that spells an enum label hint ({@link #parse(String)}'s syntax). */
    public static String enumLabelOption(QualifiedName type, String oldLabel, String newLabel) {
        return "--rename " + type + ":" + oldLabel + "=" + newLabel;
    }

    /** The {@code --rename} option that spells a column hint ({@link #parse(String)}'s syntax). */
    public static String columnOption(QualifiedName table, String oldColumn, String newColumn) {
        return "--rename " + table + "." + oldColumn + "=" + newColumn;
    }

    /** The {@code --rename} option that spells a table hint ({@link #parse(String)}'s syntax). */
    public static String tableOption(QualifiedName table, QualifiedName newTable) {
        return "--rename " + table + "=" + tableTarget(table, newTable);
    }

    /**
     * How a table hint spells {@code newTable}: with its schema when it has one, or when {@code table} has one and
     * the new table is in the default schema ({@code public.name}, as a bare name would keep the old schema).
     */
    public static String tableTarget(QualifiedName table, QualifiedName newTable) {
        return newTable.schema() == null && table.schema() != null
                ? ReflectionScope.DEFAULT_SCHEMA + "." + newTable.name() : newTable.toString();
    }

    /** The hints for the opposite direction (new names → old names). */
    public RenameHints inverse() {
        Map<QualifiedName, QualifiedName> t = new LinkedHashMap<>();
        tables.forEach((from, to) -> t.put(to, from));
        Map<ColumnKey, String> c = new LinkedHashMap<>();
        columns.forEach((key, to) -> {
            QualifiedName table = tables.getOrDefault(key.table(), key.table());
            c.put(new ColumnKey(table, to), key.column());
        });
        Map<EnumLabel, String> e = new LinkedHashMap<>();
        enumLabels.forEach((label, to) -> e.put(new EnumLabel(label.type(), to), label.label()));
        return new RenameHints(t, c, e);
    }

    /**
     * The table a hint names, as {@code model} names it: {@code public.name} is the default schema's {@code name},
     * which models name without a schema.
     */
    static QualifiedName resolve(QualifiedName name, Predicate<QualifiedName> exists) {
        boolean inDefaultSchema = ReflectionScope.DEFAULT_SCHEMA.equals(name.schema()) && !exists.test(name);
        return inDefaultSchema ? QualifiedName.of(name.name()) : name;
    }

    /**
     * A column of a table.
     *
     * @param table  the table
     * @param column the column
     */
    public record ColumnKey(QualifiedName table, String column) {
    }

    /**
     * A label of an enum type.
     *
     * @param type  the enum type
     * @param label the label
     */
    public record EnumLabel(QualifiedName type, String label) {
    }
}

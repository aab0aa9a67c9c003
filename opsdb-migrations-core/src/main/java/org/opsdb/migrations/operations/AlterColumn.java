package org.opsdb.migrations.operations;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Changes to one column: type (with {@code USING}), nullability, server default, comment and name. Each
 * attribute is a {@link Change}, {@code null} when unchanged. A change is reversible when every changed
 * attribute knows its previous value (see {@link Change#between}).
 * Fluent copies read naturally: {@code AlterColumn.of("t", "c").type("bigint").using("c::bigint").setNotNull()}.
 *
 * @param table         the table
 * @param column        the column's current name
 * @param type          new SQL type
 * @param using         {@code USING} expression for the type change, or {@code null}
 * @param nullable      new nullability
 * @param serverDefault new default expression ({@code to == null} drops the default)
 * @param comment       new comment ({@code to == null} removes it)
 * @param newName       new column name, or {@code null}
 */
public record AlterColumn(QualifiedName table, String column, Change<String> type, String using,
                          Change<Boolean> nullable, Change<String> serverDefault, Change<String> comment,
                          String newName) implements MigrationOperation {

    /** Validates the parts. */
    public AlterColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        if (type != null && type.to() == null) {
            throw new IllegalArgumentException("new type of " + column + " must not be null");
        }
        if (nullable != null && nullable.to() == null) {
            throw new IllegalArgumentException("new nullability of " + column + " must not be null");
        }
        if (using != null && type == null) {
            throw new IllegalArgumentException("USING without a type change on " + column);
        }
    }

    /** No change yet to {@code table.column}; {@code table} may be {@code schema.table}. */
    public static AlterColumn of(String table, String column) {
        return new AlterColumn(QualifiedName.parse(table), column, null, null, null, null, null, null);
    }

    /** Changes the type. */
    public AlterColumn type(String sqlType) {
        return type(Change.to(sqlType));
    }

    /** Changes the type, knowing the previous one. */
    public AlterColumn type(Change<String> change) {
        return new AlterColumn(table, column, change, using, nullable, serverDefault, comment, newName);
    }

    /** Converts existing values with this expression during the type change. */
    public AlterColumn using(String expression) {
        return new AlterColumn(table, column, type, expression, nullable, serverDefault, comment, newName);
    }

    /** Sets NOT NULL. */
    public AlterColumn setNotNull() {
        return nullable(Change.to(false));
    }

    /** Drops NOT NULL. */
    public AlterColumn dropNotNull() {
        return nullable(Change.to(true));
    }

    /** Changes nullability, knowing the previous one. */
    public AlterColumn nullable(Change<Boolean> change) {
        return new AlterColumn(table, column, type, using, change, serverDefault, comment, newName);
    }

    /** Sets the server default expression ({@code null} drops it). */
    public AlterColumn serverDefault(String expression) {
        return serverDefault(Change.to(expression));
    }

    /** Drops the server default. */
    public AlterColumn dropDefault() {
        return serverDefault(Change.to(null));
    }

    /** Changes the server default, knowing the previous one. */
    public AlterColumn serverDefault(Change<String> change) {
        return new AlterColumn(table, column, type, using, nullable, change, comment, newName);
    }

    /** Sets the comment ({@code null} removes it). */
    public AlterColumn comment(String text) {
        return comment(Change.to(text));
    }

    /** Changes the comment, knowing the previous one. */
    public AlterColumn comment(Change<String> change) {
        return new AlterColumn(table, column, type, using, nullable, serverDefault, change, newName);
    }

    /** Renames the column (applied after the other changes). */
    public AlterColumn rename(String name) {
        return new AlterColumn(table, column, type, using, nullable, serverDefault, comment, name);
    }

    /** The column's name once this change is applied. */
    public String finalName() {
        return newName == null ? column : newName;
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterColumn(this);
    }

    @Override
    public Optional<MigrationOperation> reverse() {
        boolean known = Stream.of(type, nullable, serverDefault, comment).allMatch(c -> c == null || c.fromKnown());
        if (!known) {
            return Optional.empty();
        }
        return Optional.of(new AlterColumn(table, finalName(), flip(type), null, flip(nullable),
                flip(serverDefault), flip(comment), newName == null ? null : column));
    }

    private static <T> Change<T> flip(Change<T> change) {
        return change == null ? null : Change.between(change.to(), change.from());
    }
}

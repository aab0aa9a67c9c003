package org.opsdb.migrations.operations;

import java.util.List;
import java.util.Objects;

/**
 * Changes to one column: type (converted by a {@code USING} expression or a cast of the column), nullability,
 * server default, identity, comment and name. Each attribute is a {@link Change}, {@code null} when unchanged.
 * Fluent copies read naturally: {@code AlterColumn.of("t", "c").type("bigint").using("c::bigint").setNotNull()}.
 *
 * @param table         the table
 * @param column        the column's current name
 * @param type          new SQL type
 * @param using         {@code USING} expression for the type change, or {@code null}
 * @param castThrough   converts by casting the column to the new type through these types in turn (empty: a
 *                      direct cast, {@code USING c::new_type}; {@code ["text"]}: {@code USING c::text::new_type}),
 *                      or {@code null}; excludes {@code using}
 * @param nullable      new nullability
 * @param serverDefault new default expression ({@code to == null} drops the default)
 * @param identity      new identity kind ({@code to == null} drops the identity)
 * @param comment       new comment ({@code to == null} removes it)
 * @param newName       new column name, or {@code null}
 */
public record AlterColumn(QualifiedName table, String column, Change<String> type, String using,
                          List<String> castThrough, Change<Boolean> nullable, Change<String> serverDefault,
                          Change<Identity> identity, Change<String> comment, String newName)
        implements MigrationOperation {

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
        if ((using != null || castThrough != null) && type == null) {
            throw new IllegalArgumentException("USING without a type change on " + column);
        }
        if (using != null && castThrough != null) {
            throw new IllegalArgumentException("both a USING expression and a cast for " + column);
        }
        castThrough = castThrough == null ? null : List.copyOf(castThrough);
    }

    /** No change yet to {@code table.column}; {@code table} may be {@code schema.table}. */
    public static AlterColumn of(String table, String column) {
        return of(QualifiedName.parse(table), column);
    }

    /** No change yet to {@code table.column}. */
    public static AlterColumn of(QualifiedName table, String column) {
        return new AlterColumn(table, column, null, null, null, null, null, null, null, null);
    }

    /** Changes the type. */
    public AlterColumn type(String sqlType) {
        return type(Change.to(sqlType));
    }

    private AlterColumn type(Change<String> change) {
        return new AlterColumn(table, column, change, using, castThrough, nullable, serverDefault, identity, comment,
                newName);
    }

    /** Converts existing values with this expression during the type change. */
    public AlterColumn using(String expression) {
        return new AlterColumn(table, column, type, expression, castThrough, nullable, serverDefault, identity,
                comment, newName);
    }

    /**
     * Converts existing values by casting the column to the new type, through {@code types} in turn first:
     * {@code usingCast()} is {@code USING c::new_type}, {@code usingCast("text")} is
     * {@code USING c::text::new_type}.
     */
    public AlterColumn usingCast(String... types) {
        return new AlterColumn(table, column, type, using, List.of(types), nullable, serverDefault, identity,
                comment, newName);
    }

    /** Sets NOT NULL. */
    public AlterColumn setNotNull() {
        return nullable(Change.to(false));
    }

    /** Drops NOT NULL. */
    public AlterColumn dropNotNull() {
        return nullable(Change.to(true));
    }

    private AlterColumn nullable(Change<Boolean> change) {
        return new AlterColumn(table, column, type, using, castThrough, change, serverDefault, identity, comment,
                newName);
    }

    /** Sets the server default expression ({@code null} drops it). */
    public AlterColumn serverDefault(String expression) {
        return serverDefault(Change.to(expression));
    }

    /** Drops the server default. */
    public AlterColumn dropDefault() {
        return serverDefault(Change.to(null));
    }

    private AlterColumn serverDefault(Change<String> change) {
        return new AlterColumn(table, column, type, using, castThrough, nullable, change, identity, comment,
                newName);
    }

    /** Makes the column an identity column of this kind ({@code ADD GENERATED ... AS IDENTITY}). */
    public AlterColumn identity(Identity kind) {
        return identity(Change.to(Objects.requireNonNull(kind, "kind")));
    }

    /** Drops the column's identity. */
    public AlterColumn dropIdentity() {
        return identity(Change.to(null));
    }

    private AlterColumn identity(Change<Identity> change) {
        return new AlterColumn(table, column, type, using, castThrough, nullable, serverDefault, change, comment,
                newName);
    }

    /** Sets the comment ({@code null} removes it). */
    public AlterColumn comment(String text) {
        return comment(Change.to(text));
    }

    private AlterColumn comment(Change<String> change) {
        return new AlterColumn(table, column, type, using, castThrough, nullable, serverDefault, identity, change,
                newName);
    }

    /** Renames the column (applied after the other changes). */
    public AlterColumn rename(String name) {
        return new AlterColumn(table, column, type, using, castThrough, nullable, serverDefault, identity, comment,
                name);
    }

    /** The column's name once this change is applied. */
    public String finalName() {
        return newName == null ? column : newName;
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterColumn(this);
    }
}

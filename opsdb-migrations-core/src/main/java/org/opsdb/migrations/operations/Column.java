package org.opsdb.migrations.operations;

import java.util.Objects;

/**
 * A column definition. {@code type} and {@code serverDefault} are SQL text written as-is
 * ({@code varchar(255)}, {@code text[]}, {@code now()}, {@code 'x'}); the name is quoted when needed.
 * Build with {@link #of} and the fluent copies: {@code Column.of("id", "uuid").primaryKey()}.
 *
 * @param name          column name
 * @param type          SQL type
 * @param isNullable    whether NULL is allowed
 * @param serverDefault default SQL expression, or {@code null}
 * @param identity      identity kind, or {@code null}
 * @param comment       column comment, or {@code null}
 * @param isPrimaryKey  whether the column is (part of) the primary key
 */
public record Column(String name, String type, boolean isNullable, String serverDefault, Identity identity,
                     String comment, boolean isPrimaryKey) implements TableElement {

    /** Validates the definition. */
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (isPrimaryKey && isNullable) {
            throw new IllegalArgumentException("primary key column " + name + " cannot be nullable");
        }
        if (identity != null && serverDefault != null) {
            throw new IllegalArgumentException("identity column " + name + " cannot have a default");
        }
    }

    /** A nullable column without default. */
    public static Column of(String name, String type) {
        return new Column(name, type, true, null, null, null, false);
    }

    /** This column with NOT NULL. */
    public Column notNull() {
        return new Column(name, type, false, serverDefault, identity, comment, isPrimaryKey);
    }

    /** This column allowing NULL. */
    public Column nullable() {
        return new Column(name, type, true, serverDefault, identity, comment, false);
    }

    /** This column as (part of) the primary key; implies NOT NULL. */
    public Column primaryKey() {
        return new Column(name, type, false, serverDefault, identity, comment, true);
    }

    /** This column with a server default SQL expression, e.g. {@code now()} or {@code 'draft'}. */
    public Column serverDefault(String expression) {
        return new Column(name, type, isNullable, expression, identity, comment, isPrimaryKey);
    }

    /** This column as an identity column; implies NOT NULL. */
    public Column identity(Identity kind) {
        return new Column(name, type, false, serverDefault, kind, comment, isPrimaryKey);
    }

    /** This column with a comment. */
    public Column comment(String text) {
        return new Column(name, type, isNullable, serverDefault, identity, text, isPrimaryKey);
    }

    /** This column with another type. */
    public Column type(String sqlType) {
        return new Column(name, sqlType, isNullable, serverDefault, identity, comment, isPrimaryKey);
    }
}

package org.opsdb.migrations.operations;

import java.util.Objects;

/**
 * One key of an index: a column name (quoted when needed) or an SQL expression (written as-is, in parentheses).
 *
 * @param text       column name or expression
 * @param expression whether {@code text} is an expression
 */
public record IndexElement(String text, boolean expression) {

    /** Validates the text. */
    public IndexElement {
        Objects.requireNonNull(text, "text");
    }

    /** A column key. */
    public static IndexElement column(String name) {
        return new IndexElement(name, false);
    }

    /** An expression key such as {@code lower(email)}. */
    public static IndexElement expression(String sql) {
        return new IndexElement(sql, true);
    }

    /** A column, or an expression when the text contains a parenthesis or a space. */
    public static IndexElement parse(String text) {
        return text.contains("(") || text.contains(" ") ? expression(text) : column(text);
    }
}

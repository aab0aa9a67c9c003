package org.opsdb.migrations.operations;

import java.util.Objects;

/**
 * One key of an index: a column name (quoted when needed) or an SQL expression (written as-is, in parentheses).
 *
 * @param text       column name or expression
 * @param expression whether {@code text} is an expression
 * @param ordering   sort order written after the key ({@code DESC}, {@code NULLS FIRST}, ...), or {@code null}
 */
public record IndexElement(String text, boolean expression, String ordering) {

    /** Validates the text. */
    public IndexElement {
        Objects.requireNonNull(text, "text");
    }

    /** A key in the default (ascending) order. */
    public IndexElement(String text, boolean expression) {
        this(text, expression, null);
    }

    /** This key with a sort order, e.g. {@code DESC NULLS LAST}; {@code null} or blank for the default. */
    public IndexElement ordered(String sortOrder) {
        return new IndexElement(text, expression, sortOrder == null || sortOrder.isBlank() ? null : sortOrder);
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

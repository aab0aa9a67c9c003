package org.opsdb.migrations.operations;

import java.util.Objects;

/**
 * {@code CHECK (expression)}; the expression is SQL text written as-is.
 *
 * @param name       constraint name, or {@code null}
 * @param expression boolean SQL expression
 */
public record CheckConstraint(String name, String expression) implements TableConstraint {

    /** Validates the expression. */
    public CheckConstraint {
        Objects.requireNonNull(expression, "expression");
    }

    /** An unnamed check constraint. */
    public static CheckConstraint of(String expression) {
        return new CheckConstraint(null, expression);
    }

    /** This constraint with a name. */
    public CheckConstraint named(String constraintName) {
        return new CheckConstraint(constraintName, expression);
    }
}

package org.opsdb.migrations.operations;

import java.util.List;

/**
 * {@code UNIQUE (columns)}.
 *
 * @param name    constraint name, or {@code null}
 * @param columns unique columns, in order
 */
public record UniqueConstraint(String name, List<String> columns) implements TableConstraint {

    /** Copies and validates the columns. */
    public UniqueConstraint {
        columns = Names.nonEmpty(columns, "unique columns");
    }

    /** An unnamed unique constraint. */
    public static UniqueConstraint of(String... columns) {
        return new UniqueConstraint(null, List.of(columns));
    }

    /** This constraint with a name. */
    public UniqueConstraint named(String constraintName) {
        return new UniqueConstraint(constraintName, columns);
    }
}

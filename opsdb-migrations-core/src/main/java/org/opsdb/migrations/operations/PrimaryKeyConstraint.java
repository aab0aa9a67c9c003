package org.opsdb.migrations.operations;

import java.util.List;

/**
 * {@code PRIMARY KEY (columns)}.
 *
 * @param name    constraint name, or {@code null}
 * @param columns key columns, in order
 */
public record PrimaryKeyConstraint(String name, List<String> columns) implements TableConstraint {

    /** Copies and validates the columns. */
    public PrimaryKeyConstraint {
        columns = Names.nonEmpty(columns, "primary key columns");
    }

    /** An unnamed primary key. */
    public static PrimaryKeyConstraint of(String... columns) {
        return new PrimaryKeyConstraint(null, List.of(columns));
    }

    /** This constraint with a name. */
    public PrimaryKeyConstraint named(String constraintName) {
        return new PrimaryKeyConstraint(constraintName, columns);
    }
}

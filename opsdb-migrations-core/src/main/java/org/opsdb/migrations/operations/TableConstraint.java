package org.opsdb.migrations.operations;

/**
 * A table-level constraint: {@link PrimaryKeyConstraint}, {@link UniqueConstraint}, {@link CheckConstraint} or
 * {@link ForeignKeyConstraint}. The name is optional; an unnamed constraint gets PostgreSQL's generated name and
 * cannot be dropped by name.
 */
public interface TableConstraint extends TableElement {

    /** The constraint name, or {@code null} to let PostgreSQL choose one. */
    String name();

    /** This constraint with the given name. */
    TableConstraint named(String constraintName);
}

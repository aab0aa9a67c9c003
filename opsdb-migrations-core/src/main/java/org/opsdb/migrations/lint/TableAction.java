package org.opsdb.migrations.lint;

/** One action of an {@code ALTER TABLE}. */
sealed interface TableAction {

    /** Whether the action takes an ACCESS EXCLUSIVE lock on the table (most do). */
    default boolean exclusive() {
        return true;
    }

    /** The kinds of constraint {@code ADD CONSTRAINT} adds. */
    enum ConstraintKind {
        CHECK, FOREIGN_KEY, UNIQUE, PRIMARY_KEY, EXCLUDE
    }

    /**
     * {@code ADD [COLUMN] name type [DEFAULT expr] [constraints]}.
     *
     * @param column        the column
     * @param type          its type (null when the analysis could not read it)
     * @param defaultSql    the default's expression as SQL, or null; an identity or a serial column has one too
     * @param volatileDefault why the default is evaluated per row (a function, serial, identity...), or null
     * @param inline        a constraint written on the column that validates or builds an index, or null
     */
    record AddColumn(String column, ColumnType type, String defaultSql, String volatileDefault,
                     ConstraintKind inline) implements TableAction {
    }

    /** {@code DROP [COLUMN] name}. */
    record DropColumn(String column) implements TableAction {
    }

    /**
     * {@code ALTER [COLUMN] name [SET DATA] TYPE type [USING expr]}; {@code type} null when unreadable;
     * {@code using} when the USING expression is more than the column (cast to {@code type}).
     */
    record AlterColumnType(String column, ColumnType type, boolean using) implements TableAction {
    }

    /** {@code ALTER [COLUMN] name SET NOT NULL}. */
    record SetNotNull(String column) implements TableAction {
    }

    /**
     * {@code ADD [CONSTRAINT name] kind ... [NOT VALID]} or {@code ADD CONSTRAINT name UNIQUE|PRIMARY KEY USING
     * INDEX index}.
     *
     * @param name          the constraint's name, or null
     * @param kind          its kind
     * @param notValid      whether {@code NOT VALID} skips validating the rows
     * @param usingIndex    whether it adopts an existing index
     * @param notNullColumn the column of a {@code CHECK (column IS NOT NULL)}, or null
     */
    record AddConstraint(String name, ConstraintKind kind, boolean notValid, boolean usingIndex,
                         String notNullColumn) implements TableAction {
        @Override
        public boolean exclusive() {
            return kind != ConstraintKind.FOREIGN_KEY; // a foreign key takes SHARE ROW EXCLUSIVE
        }
    }

    /** {@code VALIDATE CONSTRAINT name} (SHARE UPDATE EXCLUSIVE, a scan). */
    record ValidateConstraint(String name) implements TableAction {
        @Override
        public boolean exclusive() {
            return false;
        }
    }

    /** {@code DROP CONSTRAINT name}. */
    record DropConstraint(String name) implements TableAction {
    }

    /** {@code RENAME [COLUMN] from TO to}. */
    record RenameColumn(String from, String to) implements TableAction {
    }

    /** {@code RENAME TO name}. */
    record RenameTable(String to) implements TableAction {
    }

    /**
     * An action that changes only the catalog ({@code SET DEFAULT}, {@code DROP NOT NULL}, {@code OWNER TO},
     * {@code RENAME CONSTRAINT}, ...).
     *
     * @param exclusive whether it takes ACCESS EXCLUSIVE (most do; {@code SET STATISTICS} does not)
     */
    record Instant(boolean exclusive) implements TableAction {
    }
}

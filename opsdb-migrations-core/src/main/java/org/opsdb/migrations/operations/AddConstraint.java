package org.opsdb.migrations.operations;

import java.util.Objects;

/**
 * {@code ALTER TABLE ... ADD [CONSTRAINT name] ... [NOT VALID]} for any {@link TableConstraint}, or
 * {@code ADD CONSTRAINT name UNIQUE|PRIMARY KEY USING INDEX index} for one whose unique index exists already
 * (built {@code CONCURRENTLY} beforehand, which takes no lock that blocks writes for the build).
 *
 * @param table      the table
 * @param constraint the constraint
 * @param isNotValid {@code NOT VALID} (FOREIGN KEY and CHECK only): existing rows are checked later, by a
 *                   {@link ValidateConstraint}
 * @param usingIndex the unique index that becomes the constraint's (UNIQUE and PRIMARY KEY only; it is renamed
 *                   to the constraint's name), or {@code null}
 */
public record AddConstraint(QualifiedName table, TableConstraint constraint, boolean isNotValid, String usingIndex)
        implements MigrationOperation {

    /** Validates the parts. */
    public AddConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
        boolean keyed = constraint instanceof UniqueConstraint || constraint instanceof PrimaryKeyConstraint;
        if (isNotValid && keyed) {
            throw new IllegalArgumentException("NOT VALID applies to FOREIGN KEY and CHECK constraints only");
        }
        if (usingIndex != null && (!keyed || constraint.name() == null)) {
            throw new IllegalArgumentException("USING INDEX applies to named UNIQUE and PRIMARY KEY constraints only");
        }
    }

    /** A plain {@code ADD CONSTRAINT}. */
    public AddConstraint(QualifiedName table, TableConstraint constraint) {
        this(table, constraint, false, null);
    }

    /** This constraint added {@code NOT VALID}. */
    public AddConstraint notValid() {
        return new AddConstraint(table, constraint, true, usingIndex);
    }

    /** This constraint added {@code USING INDEX index}. */
    public AddConstraint usingIndex(String index) {
        return new AddConstraint(table, constraint, isNotValid, Objects.requireNonNull(index, "index"));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addConstraint(this);
    }
}

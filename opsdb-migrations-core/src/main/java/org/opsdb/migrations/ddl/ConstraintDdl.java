package org.opsdb.migrations.ddl;

import java.util.List;
import org.opsdb.migrations.operations.AddConstraint;
import org.opsdb.migrations.operations.CheckConstraint;
import org.opsdb.migrations.operations.DropConstraint;
import org.opsdb.migrations.operations.ForeignKeyConstraint;
import org.opsdb.migrations.operations.PrimaryKeyConstraint;
import org.opsdb.migrations.operations.RenameConstraint;
import org.opsdb.migrations.operations.TableConstraint;
import org.opsdb.migrations.operations.UniqueConstraint;
import org.opsdb.migrations.operations.ValidateConstraint;

/** Table constraints: the clause used inline in CREATE TABLE and by ADD/DROP CONSTRAINT. */
final class ConstraintDdl {

    private ConstraintDdl() {
    }

    static List<String> addConstraint(AddConstraint op) {
        if (op.usingIndex() != null) {
            String kind = op.constraint() instanceof PrimaryKeyConstraint ? "PRIMARY KEY" : "UNIQUE";
            return List.of(Sql.alterTable(op.table()) + "ADD CONSTRAINT " + Sql.name(op.constraint().name()) + " "
                    + kind + " USING INDEX " + Sql.name(op.usingIndex()));
        }
        return List.of(Sql.alterTable(op.table()) + "ADD " + clause(op.constraint())
                + Sql.suffix(op.isNotValid(), "NOT VALID"));
    }

    static List<String> validateConstraint(ValidateConstraint op) {
        return List.of(Sql.alterTable(op.table()) + "VALIDATE CONSTRAINT " + Sql.name(op.name()));
    }

    static List<String> dropConstraint(DropConstraint op) {
        return List.of(Sql.alterTable(op.table()) + "DROP CONSTRAINT " + Sql.flag(op.ifExists(), "IF EXISTS")
                + Sql.name(op.name()) + Sql.suffix(op.cascade(), "CASCADE"));
    }

    static List<String> renameConstraint(RenameConstraint op) {
        return List.of(Sql.alterTable(op.table()) + "RENAME CONSTRAINT " + Sql.name(op.constraint()) + " TO "
                + Sql.name(op.newName()));
    }

    /** {@code [CONSTRAINT name] <body>}. */
    static String clause(TableConstraint constraint) {
        String prefix = constraint.name() == null ? "" : "CONSTRAINT " + Sql.name(constraint.name()) + " ";
        return prefix + body(constraint);
    }

    private static String body(TableConstraint constraint) {
        if (constraint instanceof PrimaryKeyConstraint pk) {
            return "PRIMARY KEY " + Sql.columnList(pk.columns());
        }
        if (constraint instanceof UniqueConstraint unique) {
            return "UNIQUE " + Sql.columnList(unique.columns());
        }
        if (constraint instanceof CheckConstraint check) {
            return "CHECK (" + check.expression() + ")";
        }
        if (constraint instanceof ForeignKeyConstraint fk) {
            return foreignKey(fk);
        }
        throw new IllegalArgumentException("unknown constraint " + constraint.getClass().getName());
    }

    private static String foreignKey(ForeignKeyConstraint fk) {
        StringBuilder sql = new StringBuilder("FOREIGN KEY ").append(Sql.columnList(fk.columns()))
                .append(" REFERENCES ").append(Sql.name(fk.referencedTable())).append(' ')
                .append(Sql.columnList(fk.referencedColumns()));
        if (fk.onDelete() != null) {
            sql.append(" ON DELETE ").append(fk.onDelete().sql());
        }
        if (fk.onUpdate() != null) {
            sql.append(" ON UPDATE ").append(fk.onUpdate().sql());
        }
        if (fk.isDeferrable()) {
            sql.append(" DEFERRABLE");
            if (fk.isInitiallyDeferred()) {
                sql.append(" INITIALLY DEFERRED");
            }
        }
        return sql.toString();
    }
}

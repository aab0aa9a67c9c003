package org.opsdb.migrations.lint;

import org.opsdb.migrations.lint.TableAction.AddColumn;
import org.opsdb.migrations.lint.TableAction.AddConstraint;
import org.opsdb.migrations.lint.TableAction.ConstraintKind;

/** A foreign key or check constraint added to an existing table without {@code NOT VALID}. */
final class ConstraintWithoutNotValid extends TableActionRule {

    ConstraintWithoutNotValid() {
        super("constraint-without-not-valid", "validates every row while holding the lock (a foreign key also locks the referenced table)",
                "ADD ... NOT VALID, then VALIDATE CONSTRAINT in its own transaction");
    }

    @Override
    void check(LintStatement statement, RelationName table, TableAction action, RevisionState state,
               Findings findings) {
        if (action instanceof AddConstraint add && validates(add.kind()) && !add.notValid()) {
            String name = add.name() == null ? "" : " " + add.name();
            findings.report(statement, this, "ADD CONSTRAINT" + name + " " + kind(add.kind()) + " on "
                    + table + " without NOT VALID", "ALTER TABLE " + table + " ADD CONSTRAINT"
                    + name + " ... NOT VALID, then ALTER TABLE " + table + " VALIDATE CONSTRAINT"
                    + (add.name() == null ? " <name>" : name) + " in its own transaction");
        } else if (action instanceof AddColumn add && add.inline() != null && validates(add.inline())) {
            findings.report(statement, this, "ADD COLUMN " + add.column() + " with an inline "
                    + kind(add.inline()) + " on " + table);
        }
    }

    private static boolean validates(ConstraintKind kind) {
        return kind == ConstraintKind.CHECK || kind == ConstraintKind.FOREIGN_KEY;
    }

    private static String kind(ConstraintKind kind) {
        return kind == ConstraintKind.CHECK ? "CHECK" : "FOREIGN KEY";
    }
}

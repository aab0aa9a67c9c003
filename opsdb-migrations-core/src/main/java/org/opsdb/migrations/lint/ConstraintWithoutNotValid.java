package org.opsdb.migrations.lint;

import org.opsdb.migrations.lint.StatementForm.AlterTable;
import org.opsdb.migrations.lint.TableAction.AddColumn;
import org.opsdb.migrations.lint.TableAction.AddConstraint;
import org.opsdb.migrations.lint.TableAction.ConstraintKind;

/** A foreign key or check constraint added to an existing table without {@code NOT VALID}. */
final class ConstraintWithoutNotValid extends Rule {

    ConstraintWithoutNotValid() {
        super("constraint-without-not-valid", Severity.WARNING,
                "validates every row while holding the lock (a foreign key also locks the referenced table)",
                "ADD ... NOT VALID, then VALIDATE CONSTRAINT in its own transaction");
    }

    @Override
    void check(LintStatement statement, RevisionState state, Findings findings) {
        if (!(statement.form() instanceof AlterTable alter) || !state.existing(alter.table())) {
            return;
        }
        for (TableAction action : alter.actions()) {
            if (action instanceof AddConstraint add && validates(add.kind()) && !add.notValid()) {
                String name = add.name() == null ? "" : " " + add.name();
                findings.report(statement, this, "ADD CONSTRAINT" + name + " " + kind(add.kind()) + " on "
                        + alter.table() + " without NOT VALID", "ALTER TABLE " + alter.table() + " ADD CONSTRAINT"
                        + name + " ... NOT VALID, then ALTER TABLE " + alter.table() + " VALIDATE CONSTRAINT"
                        + (add.name() == null ? " <name>" : name) + " in its own transaction");
            } else if (action instanceof AddColumn add && add.inline() != null && validates(add.inline())) {
                findings.report(statement, this, "ADD COLUMN " + add.column() + " with an inline "
                        + kind(add.inline()) + " on " + alter.table());
            }
        }
    }

    private static boolean validates(ConstraintKind kind) {
        return kind == ConstraintKind.CHECK || kind == ConstraintKind.FOREIGN_KEY;
    }

    private static String kind(ConstraintKind kind) {
        return kind == ConstraintKind.CHECK ? "CHECK" : "FOREIGN KEY";
    }
}

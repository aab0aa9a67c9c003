package org.opsdb.migrations.lint;

import org.opsdb.migrations.lint.StatementForm.AlterTable;
import org.opsdb.migrations.lint.TableAction.AddColumn;
import org.opsdb.migrations.lint.TableAction.AddConstraint;
import org.opsdb.migrations.lint.TableAction.ConstraintKind;

/** A UNIQUE or PRIMARY KEY constraint added to an existing table with an index built under the lock. */
final class UniqueWithoutIndex extends Rule {

    UniqueWithoutIndex() {
        super("unique-without-index", Severity.WARNING,
                "builds its index under ACCESS EXCLUSIVE, blocking reads and writes for the whole build",
                "CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... UNIQUE/PRIMARY KEY USING INDEX");
    }

    @Override
    void check(LintStatement statement, RevisionState state, Findings findings) {
        if (!(statement.form() instanceof AlterTable alter) || !state.existing(alter.table())) {
            return;
        }
        for (TableAction action : alter.actions()) {
            if (action instanceof AddConstraint add && builds(add.kind()) && !add.usingIndex()) {
                String name = add.name() == null ? "<name>" : add.name();
                findings.report(statement, this, "ADD CONSTRAINT" + (add.name() == null ? "" : " " + add.name())
                        + " " + kind(add.kind()) + " on " + alter.table(), "CREATE UNIQUE INDEX CONCURRENTLY "
                        + name + " ON " + alter.table() + " (...) in an outside-transaction block, then ALTER TABLE "
                        + alter.table() + " ADD CONSTRAINT " + name + " " + kind(add.kind()) + " USING INDEX " + name);
            } else if (action instanceof AddColumn add && add.inline() != null && builds(add.inline())) {
                findings.report(statement, this, "ADD COLUMN " + add.column() + " " + kind(add.inline()) + " on "
                        + alter.table());
            }
        }
    }

    private static boolean builds(ConstraintKind kind) {
        return kind == ConstraintKind.UNIQUE || kind == ConstraintKind.PRIMARY_KEY;
    }

    private static String kind(ConstraintKind kind) {
        return kind == ConstraintKind.UNIQUE ? "UNIQUE" : "PRIMARY KEY";
    }
}

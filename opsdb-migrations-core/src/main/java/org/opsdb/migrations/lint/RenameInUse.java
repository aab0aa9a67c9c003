package org.opsdb.migrations.lint;

import org.opsdb.migrations.lint.StatementForm.AlterTable;
import org.opsdb.migrations.lint.TableAction.RenameColumn;
import org.opsdb.migrations.lint.TableAction.RenameTable;

/** A rename of an existing table or column. */
final class RenameInUse extends Rule {

    RenameInUse() {
        super("rename-in-use", Severity.WARNING,
                "the previous release still reads the old name and fails until every instance is replaced",
                "expand/contract: add the new name, write both, switch readers, drop the old name in a later"
                        + " release");
    }

    @Override
    void check(LintStatement statement, RevisionState state, Findings findings) {
        if (!(statement.form() instanceof AlterTable alter) || !state.existing(alter.table())) {
            return;
        }
        for (TableAction action : alter.actions()) {
            if (action instanceof RenameColumn rename && state.existingColumn(alter.table(), rename.from())) {
                findings.report(statement, this, "RENAME COLUMN " + alter.table() + "." + rename.from() + " TO "
                        + rename.to());
            } else if (action instanceof RenameTable rename) {
                findings.report(statement, this, "RENAME TABLE " + alter.table() + " TO " + rename.to());
            }
        }
    }
}

package org.opsdb.migrations.lint;

import org.opsdb.migrations.lint.StatementForm.AlterTable;
import org.opsdb.migrations.lint.StatementForm.DropTable;
import org.opsdb.migrations.lint.TableAction.DropColumn;

/** A drop of an existing table or column. */
final class DropInUse extends Rule {

    DropInUse() {
        super("drop-in-use", Severity.WARNING,
                "the previous release still reads it and fails until every instance is replaced",
                "stop reading it in one release, drop it in the next");
    }

    @Override
    void check(LintStatement statement, RevisionState state, Findings findings) {
        if (statement.form() instanceof DropTable drop) {
            drop.tables().stream().filter(state::existing).findFirst()
                    .ifPresent(table -> findings.report(statement, this, "DROP TABLE " + table));
        } else if (statement.form() instanceof AlterTable alter && state.existing(alter.table())) {
            for (TableAction action : alter.actions()) {
                if (action instanceof DropColumn drop && state.existingColumn(alter.table(), drop.column())) {
                    findings.report(statement, this, "DROP COLUMN " + alter.table() + "." + drop.column());
                }
            }
        }
    }
}

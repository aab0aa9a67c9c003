package org.opsdb.migrations.lint;

import org.opsdb.migrations.lint.TableAction.RenameColumn;
import org.opsdb.migrations.lint.TableAction.RenameTable;

/** A rename of an existing table or column. */
final class RenameInUse extends TableActionRule {

    RenameInUse() {
        super("rename-in-use", "the previous release still reads the old name and fails until every instance is replaced",
                "expand/contract: add the new name, write both, switch readers, drop the old name in a later"
                        + " release");
    }

    @Override
    void check(LintStatement statement, RelationName table, TableAction action, RevisionState state,
               Findings findings) {
        if (action instanceof RenameColumn rename && state.existingColumn(table, rename.from())) {
            findings.report(statement, this, "RENAME COLUMN " + table + "." + rename.from() + " TO "
                    + rename.to());
        } else if (action instanceof RenameTable rename) {
            findings.report(statement, this, "RENAME TABLE " + table + " TO " + rename.to());
        }
    }
}

package org.opsdb.migrations.lint;

import org.opsdb.migrations.lint.StatementForm.AlterTable;

/** A rule about the actions of an {@code ALTER TABLE} on an existing table: it looks at each action in turn. */
abstract class TableActionRule extends Rule {

    TableActionRule(String id, String reason, String safeForm) {
        super(id, Severity.WARNING, reason, safeForm);
    }

    @Override
    final void check(LintStatement statement, RevisionState state, Findings findings) {
        if (statement.form() instanceof AlterTable alter && state.existing(alter.table())) {
            for (TableAction action : alter.actions()) {
                check(statement, alter.table(), action, state, findings);
            }
        }
    }

    /** Reports what is hazardous in one action on the existing {@code table}. */
    abstract void check(LintStatement statement, RelationName table, TableAction action, RevisionState state,
                        Findings findings);
}

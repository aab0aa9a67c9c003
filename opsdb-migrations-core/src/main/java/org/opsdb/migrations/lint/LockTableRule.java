package org.opsdb.migrations.lint;

import org.opsdb.migrations.lint.StatementForm.LockTable;

/** {@code LOCK TABLE} on an existing table. */
final class LockTableRule extends Rule {

    LockTableRule() {
        super("lock-table", Severity.WARNING, "blocks the table's other users until commit",
                "none: say why the lock is needed in an allow");
    }

    @Override
    void check(LintStatement statement, RevisionState state, Findings findings) {
        if (statement.form() instanceof LockTable lock && lock.tables().stream().anyMatch(state::existing)) {
            findings.report(statement, this, "LOCK TABLE " + lock.tables().get(0) + " IN " + lock.mode() + " MODE");
        }
    }
}

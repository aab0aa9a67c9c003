package org.opsdb.migrations.lint;

import org.opsdb.migrations.lint.StatementForm.CreateIndex;
import org.opsdb.migrations.lint.StatementForm.DropIndex;
import org.opsdb.migrations.lint.StatementForm.Reindex;

/** {@code CREATE/DROP INDEX CONCURRENTLY} or {@code REINDEX CONCURRENTLY} where a transaction is open. */
final class ConcurrentlyInTransaction extends Rule {

    ConcurrentlyInTransaction() {
        super("concurrently-in-transaction", Severity.ERROR,
                "PostgreSQL refuses it inside a transaction block",
                "move it into an outside-transaction block");
    }

    @Override
    void check(LintStatement statement, RevisionState state, Findings findings) {
        if (statement.outsideTransaction()) {
            return;
        }
        StatementForm form = statement.form();
        String command = form instanceof CreateIndex index && index.concurrently() ? "CREATE INDEX CONCURRENTLY"
                : form instanceof DropIndex drop && drop.concurrently() ? "DROP INDEX CONCURRENTLY"
                : form instanceof Reindex reindex && reindex.concurrently() ? "REINDEX CONCURRENTLY" : null;
        if (command != null) {
            findings.report(statement, this, command + " in a transactional section");
        }
    }
}

package org.opsdb.migrations.lint;

import org.opsdb.migrations.lint.StatementForm.DropIndex;

/** {@code DROP INDEX} of an index on an existing table without {@code CONCURRENTLY}. */
final class DropIndexWithoutConcurrently extends Rule {

    DropIndexWithoutConcurrently() {
        super("drop-index-without-concurrently", Severity.WARNING,
                "takes ACCESS EXCLUSIVE on its table, blocking reads and writes until commit",
                "DROP INDEX CONCURRENTLY in an outside-transaction block");
    }

    @Override
    void check(LintStatement statement, RevisionState state, Findings findings) {
        if (statement.form() instanceof DropIndex drop && !drop.concurrently()) {
            for (RelationName index : drop.indexes()) {
                RelationName table = state.indexTable(index).orElse(null);
                if (table == null || state.existing(table)) {
                    findings.report(statement, this, "DROP INDEX " + index + " without CONCURRENTLY");
                    return;
                }
            }
        }
    }
}

package org.opsdb.migrations.lint;

import org.opsdb.migrations.lint.StatementForm.CreateIndex;

/** {@code CREATE INDEX} on an existing table without {@code CONCURRENTLY}. */
final class IndexWithoutConcurrently extends Rule {

    IndexWithoutConcurrently() {
        super("index-without-concurrently", Severity.WARNING,
                "blocks every write to the table for the whole build",
                "CREATE INDEX CONCURRENTLY in an outside-transaction block");
    }

    @Override
    void check(LintStatement statement, RevisionState state, Findings findings) {
        if (statement.form() instanceof CreateIndex index && !index.concurrently() && state.existing(index.table())) {
            findings.report(statement, this, "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX"
                    + (index.index() == null ? "" : " " + index.index()) + " on " + index.table()
                    + " without CONCURRENTLY");
        }
    }
}

package org.opsdb.migrations.lint;

import org.opsdb.migrations.lint.StatementForm.Reindex;
import org.opsdb.migrations.lint.StatementForm.Rewrite;

/** {@code VACUUM FULL}, {@code CLUSTER} and {@code REINDEX} without {@code CONCURRENTLY}. */
final class RewriteWithoutConcurrently extends Rule {

    RewriteWithoutConcurrently() {
        super("rewrite-without-concurrently", Severity.WARNING,
                "rebuilds under a lock that blocks the table's users for the whole rebuild",
                "REINDEX CONCURRENTLY (PostgreSQL 12+) in an outside-transaction block; pg_repack for VACUUM FULL"
                        + " and CLUSTER");
    }

    @Override
    void check(LintStatement statement, RevisionState state, Findings findings) {
        if (statement.form() instanceof Rewrite rewrite && (rewrite.table() == null || state.existing(rewrite.table()))) {
            findings.report(statement, this, rewrite.command() + (rewrite.table() == null ? "" : " " + rewrite.table()),
                    "pg_repack, outside the migration");
        } else if (statement.form() instanceof Reindex reindex && !reindex.concurrently()
                && (reindex.target() == null || !reindex.scope().equals("table") || state.existing(reindex.target()))) {
            findings.report(statement, this, "REINDEX " + reindex.scope().toUpperCase()
                    + (reindex.target() == null ? "" : " " + reindex.target()) + " without CONCURRENTLY",
                    state.serverVersion() >= 120000 ? "REINDEX " + reindex.scope().toUpperCase() + " CONCURRENTLY in"
                            + " an outside-transaction block" : "none before PostgreSQL 12: CREATE INDEX CONCURRENTLY"
                            + " a copy, then drop the old index");
        }
    }
}

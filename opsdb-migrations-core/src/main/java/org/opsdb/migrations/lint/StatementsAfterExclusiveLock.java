package org.opsdb.migrations.lint;

/**
 * In one transaction, after an ACCESS EXCLUSIVE lock on an existing table, a further statement that is not
 * instant: the lock is held until commit, so everything waiting for the table waits for that statement too.
 */
final class StatementsAfterExclusiveLock extends Rule {

    StatementsAfterExclusiveLock() {
        super("statements-after-exclusive-lock", Severity.WARNING,
                "the lock is held until commit, so every query on the table waits for this statement too",
                "commit the lock-taking statement on its own (split the revision or use an outside-transaction"
                        + " block)");
    }

    @Override
    void check(LintStatement statement, RevisionState state, Findings findings) {
        RevisionState.ExclusiveLock lock = state.exclusiveLock();
        if (lock == null || statement.outsideTransaction()) {
            return;
        }
        String slow = state.slowBecause(statement);
        if (slow != null) {
            findings.report(statement, this, StatementRecognizer.command(statement.sql()) + " " + slow
                    + " while the ACCESS EXCLUSIVE lock taken on " + lock.table() + " at "
                    + (lock.statement().file().equals(statement.file()) ? "line " : lock.statement().file() + ":")
                    + lock.statement().line() + " is held");
        }
    }
}

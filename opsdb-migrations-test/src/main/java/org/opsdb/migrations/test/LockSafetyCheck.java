package org.opsdb.migrations.test;

import org.opsdb.migrations.lint.LintOptions;
import org.opsdb.migrations.lint.LintReport;

/**
 * Every revision, base to heads in plan order, is free of lock-hazard findings (the lint of docs/zero-downtime.md,
 * with the server version of the check's database; a finding allowed in its script with a reason does not count).
 * The failure lists the finding lines, one per line, as {@code lint} prints them.
 */
final class LockSafetyCheck implements Check {

    @Override
    public void run(CheckSession session) {
        session.reset();
        LintReport report = session.command(() -> session.migrations().lint(null, "heads", LintOptions.defaults()));
        if (!report.clean()) {
            throw new MigrationCheckFailure(String.join("\n", report.lines()));
        }
    }
}

package org.opsdb.migrations.test;

import java.util.ArrayList;
import java.util.List;
import org.opsdb.migrations.error.OneLineException;
import org.opsdb.migrations.lint.LintOptions;
import org.opsdb.migrations.locktrace.LockFinding;
import org.opsdb.migrations.locktrace.LockTracer;

/**
 * Every revision, base to heads in plan order, is free of lock hazards (docs/zero-downtime.md): first the lint (with
 * the server version of the check's database), then the observed-lock trace (each revision applied on the emptied
 * database with rows in the tables that exist before it, the locks each statement takes read from
 * {@code pg_locks}). A finding allowed in its script with a reason does not count. The failure lists the finding
 * lines, one per line, the lint's first, as {@code lint} and {@code lint --trace} print them.
 */
final class LockSafetyCheck implements Check {

    @Override
    public void run(CheckSession session) {
        session.reset();
        List<String> findings = new ArrayList<>(session.command(() -> session.migrations().lint(null, "heads",
                LintOptions.defaults())).lines());
        try {
            LockTracer.of(session.migrations()).trace(session.dataSource()).findings().stream()
                    .map(LockFinding::toString).forEach(findings::add);
        } catch (OneLineException e) {
            throw new MigrationCheckFailure(e.getMessage(), e);
        } finally {
            session.reset();
        }
        if (!findings.isEmpty()) {
            throw new MigrationCheckFailure(String.join("\n", findings));
        }
    }
}

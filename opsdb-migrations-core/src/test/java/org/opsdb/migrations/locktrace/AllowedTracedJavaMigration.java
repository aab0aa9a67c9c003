package org.opsdb.migrations.locktrace;

import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.script.LintAllow;
import org.opsdb.migrations.script.Migration;
import org.opsdb.migrations.script.MigrationRevision;

/** {@link TracedJavaMigration}'s statements, with the trace's finding allowed on the upgrade method. */
@MigrationRevision(id = LockTracerTest.B, down = LockTracerTest.A, message = "java change, allowed")
public final class AllowedTracedJavaMigration implements Migration {

    @Override
    @LintAllow(rule = "lock-held-across-scan", reason = "c is a lookup table of a few hundred rows")
    public void upgrade(Operations op) {
        op.execute("ALTER TABLE c ADD COLUMN z int");
        op.execute("ALTER TABLE c ALTER COLUMN n SET NOT NULL");
    }
}

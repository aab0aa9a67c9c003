package org.opsdb.migrations.locktrace;

import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.script.Migration;
import org.opsdb.migrations.script.MigrationRevision;

/**
 * A Java revision for {@link LockTracerTest}: an ACCESS EXCLUSIVE lock (line 15), then a scan under it (line 16).
 */
@MigrationRevision(id = LockTracerTest.B, down = LockTracerTest.A, message = "java change")
public final class TracedJavaMigration implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.execute("ALTER TABLE c ADD COLUMN z int");
        op.execute("ALTER TABLE c ALTER COLUMN n SET NOT NULL");
    }
}

package db.testmigrations.mixed.sub;

import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.script.Migration;
import org.opsdb.migrations.script.MigrationRevision;

/** Test migration in a sub-package, with a downgrade and a dependency on a branch label. */
@MigrationRevision(id = "ddd000000004", down = "ccc000000003", dependsOn = "core", message = "drop index",
        createDate = "2026-11-25T08:00:00Z")
public class DropIndex implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.execute("DROP INDEX foo_name");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("CREATE INDEX foo_name ON foo (name)");
    }
}

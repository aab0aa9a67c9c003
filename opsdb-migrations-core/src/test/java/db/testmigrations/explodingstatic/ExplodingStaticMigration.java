package db.testmigrations.explodingstatic;

import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.script.Migration;
import org.opsdb.migrations.script.MigrationRevision;

/** Test migration whose static initializer throws: a class that can be initialised once only, and fails then. */
@MigrationRevision(id = "eee000000001", message = "explodes when loaded")
public class ExplodingStaticMigration implements Migration {

    private static final int LIMIT = Integer.parseInt("not a number");

    @Override
    public void upgrade(Operations op) {
        op.execute("SELECT " + LIMIT);
    }
}

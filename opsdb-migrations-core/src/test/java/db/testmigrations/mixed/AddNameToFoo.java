package db.testmigrations.mixed;

import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.script.Migration;
import org.opsdb.migrations.script.MigrationRevision;

/** Test migration: a Java revision between two SQL ones, without a downgrade. */
@MigrationRevision(id = "bbb000000002", down = "aaa000000001", message = "add name to foo")
public class AddNameToFoo implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.execute("ALTER TABLE foo ADD COLUMN name text");
    }
}

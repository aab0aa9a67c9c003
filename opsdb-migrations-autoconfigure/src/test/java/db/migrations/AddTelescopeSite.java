package db.migrations;

import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.script.Migration;
import org.opsdb.migrations.script.MigrationRevision;

/** Test migration in Java: found by the Spring classpath scanner in package db.migrations. */
@MigrationRevision(id = "c3c3c3c3c3c3", down = "b2b2b2b2b2b2", message = "add telescope site")
public class AddTelescopeSite implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.execute("ALTER TABLE telescope ADD COLUMN site varchar(255)");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("ALTER TABLE telescope DROP COLUMN site");
    }
}

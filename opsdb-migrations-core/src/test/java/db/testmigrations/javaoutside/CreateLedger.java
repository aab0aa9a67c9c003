package db.testmigrations.javaoutside;

import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.script.Migration;
import org.opsdb.migrations.script.MigrationRevision;

/** Test migration: a table. */
@MigrationRevision(id = "da0000000001", message = "create ledger")
public class CreateLedger implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.execute("CREATE TABLE ledger (id int, amount int)");
    }
}

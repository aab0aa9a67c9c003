package db.testmigrations.javacommit;

import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.script.Migration;
import org.opsdb.migrations.script.MigrationRevision;

/** Test migration: a table with one row. */
@MigrationRevision(id = "ca0000000001", message = "create ledger")
public class CreateLedger implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.execute("CREATE TABLE ledger (id int)");
        op.execute("INSERT INTO ledger VALUES (1)");
    }
}

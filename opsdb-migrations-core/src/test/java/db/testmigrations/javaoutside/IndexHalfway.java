package db.testmigrations.javaoutside;

import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.script.Migration;
import org.opsdb.migrations.script.MigrationRevision;

/** Test migration: a column, then an outside-transaction block whose second index fails. */
@MigrationRevision(id = "db0000000002", down = "da0000000001", message = "index halfway")
public class IndexHalfway implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.execute("ALTER TABLE ledger ADD COLUMN note text");
        op.outsideTransaction(outside -> {
            outside.execute("CREATE INDEX CONCURRENTLY ledger_id ON ledger (id)");
            outside.execute("CREATE INDEX CONCURRENTLY ledger_nosuch ON ledger (nosuch)");
        });
    }
}

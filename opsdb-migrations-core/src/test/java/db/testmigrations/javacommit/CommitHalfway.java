package db.testmigrations.javacommit;

import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.script.Migration;
import org.opsdb.migrations.script.MigrationRevision;

/** Test migration: commits halfway, then fails; would leave its first row without its version row. */
@MigrationRevision(id = "cb0000000002", down = "ca0000000001", message = "commit halfway")
public class CommitHalfway implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.execute("INSERT INTO ledger VALUES (2)");
        op.execute("COMMIT");
        op.execute("SELECT 1 / 0");
    }
}

package reliability.noconstructor;

import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.script.Migration;
import org.opsdb.migrations.script.MigrationRevision;

/** A Java migration without a no-argument constructor: loading it must fail with one line naming the class. */
@MigrationRevision(id = "e20000000001", message = "needs an argument")
public class ArgumentMigration implements Migration {

    private final String table;

    /** Not callable by the loader. */
    public ArgumentMigration(String table) {
        this.table = table;
    }

    @Override
    public void upgrade(Operations op) {
        op.execute("CREATE TABLE " + table + " (id int)");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DROP TABLE " + table);
    }
}

package reliability.brokenstatic;

import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.script.Migration;
import org.opsdb.migrations.script.MigrationRevision;

/** A Java migration whose static initializer throws: loading it must fail with one line naming the class. */
@MigrationRevision(id = "e10000000001", message = "explodes when loaded")
public class ExplodingMigration implements Migration {

    static final int VALUE = Integer.parseInt("not a number");

    @Override
    public void upgrade(Operations op) {
        op.execute("CREATE TABLE exploded (id int)");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DROP TABLE exploded");
    }
}

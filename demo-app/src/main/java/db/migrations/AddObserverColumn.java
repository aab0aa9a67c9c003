package db.migrations;

import org.opsdb.migrations.operations.Column;
import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.script.Migration;
import org.opsdb.migrations.script.MigrationRevision;

/** An added column: who carried out an observation (nullable; older rows have no observer). */
@MigrationRevision(id = "74e6b25fd6f8", down = "22ea3012d546", message = "executed observations record their observer",
        createDate = "2026-11-21T15:10:00Z")
public class AddObserverColumn implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("executed_observation", Column.of("observer", "varchar(100)"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumn("executed_observation", "observer");
    }
}

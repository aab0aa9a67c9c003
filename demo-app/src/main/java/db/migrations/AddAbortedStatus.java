package db.migrations;

import java.util.List;

import org.opsdb.migrations.operations.EnumValueRemoval.EnumColumn;
import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.script.Migration;
import org.opsdb.migrations.script.MigrationRevision;

/** An enum value added: observations can be aborted. The downgrade removes it again with the removal recipe. */
@MigrationRevision(id = "b0cd85f274b6", down = "b42c08c72e40", message = "observation status ABORTED",
        createDate = "2026-11-23T09:20:00Z")
public class AddAbortedStatus implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.addEnumValue("observationstatus", "ABORTED");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("UPDATE executed_observation SET status = 'FAILED' WHERE status = 'ABORTED'");
        op.removeEnumValue("observationstatus", List.of("PLANNED", "SCHEDULED", "RUNNING", "COMPLETED", "FAILED"),
                EnumColumn.of("executed_observation", "status"));
    }
}

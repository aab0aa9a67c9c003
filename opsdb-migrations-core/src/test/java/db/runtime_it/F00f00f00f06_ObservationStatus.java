package db.runtime_it;

import org.opsdb.migrations.operations.Column;
import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.script.Migration;
import org.opsdb.migrations.script.MigrationRevision;

@MigrationRevision(id = "f00f00f00f06", down = "e5e5e5e5e5e5", message = "observation status",
        createDate = "2026-11-24T10:00:00Z")
public class F00f00f00f06_ObservationStatus implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createEnum("observationstatus", "PLANNED", "RUNNING", "DONE");
        op.addColumn("telescope", Column.of("status", "observationstatus").notNull().serverDefault("'PLANNED'"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumn("telescope", "status");
        op.dropEnum("observationstatus");
    }
}

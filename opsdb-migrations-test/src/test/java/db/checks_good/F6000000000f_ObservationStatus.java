package db.checks_good;

import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.script.Migration;
import org.opsdb.migrations.script.MigrationRevision;

@MigrationRevision(id = "f6000000000f", down = "e5000000000e", message = "observation status",
        createDate = "2026-11-24T10:00:00Z")
public class F6000000000f_ObservationStatus implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.execute("CREATE SCHEMA audit");
        op.execute("CREATE TYPE observationstatus AS ENUM ('PLANNED', 'RUNNING', 'DONE')");
        op.execute("ALTER TABLE telescope ADD COLUMN status observationstatus NOT NULL DEFAULT 'PLANNED'");
        op.execute("CREATE TABLE audit.status_change (telescope_id bigint NOT NULL, status observationstatus)");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DROP TABLE audit.status_change");
        op.execute("ALTER TABLE telescope DROP COLUMN status");
        op.execute("DROP TYPE observationstatus");
        op.execute("DROP SCHEMA audit");
    }
}

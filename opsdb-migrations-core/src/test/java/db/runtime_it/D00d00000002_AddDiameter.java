package db.runtime_it;

import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.script.Migration;
import org.opsdb.migrations.script.MigrationRevision;

@MigrationRevision(id = "d00d00000002", down = "a1b2c3d4e5f6", message = "add telescope diameter",
        createDate = "2026-11-22T11:00:00Z")
public class D00d00000002_AddDiameter implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.execute("ALTER TABLE telescope ADD COLUMN diameter_m numeric(6,2)");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("ALTER TABLE telescope DROP COLUMN diameter_m");
    }
}

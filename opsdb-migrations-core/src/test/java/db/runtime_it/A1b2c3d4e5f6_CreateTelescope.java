package db.runtime_it;

import org.opsdb.migrations.operations.Column;
import org.opsdb.migrations.operations.ForeignKeyConstraint;
import org.opsdb.migrations.operations.Identity;
import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.script.Migration;
import org.opsdb.migrations.script.MigrationRevision;

@MigrationRevision(id = "a1b2c3d4e5f6", down = "3f9c1a2b7d40", message = "create telescope",
        createDate = "2026-11-21T10:00:00Z")
public class A1b2c3d4e5f6_CreateTelescope implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("telescope",
                Column.of("id", "bigint").identity(Identity.BY_DEFAULT).primaryKey(),
                Column.of("observatory_id", "bigint").notNull(),
                Column.of("name", "text").notNull(),
                ForeignKeyConstraint.of("observatory_id", "observatory", "id").named("fk_telescope_observatory"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("telescope");
    }
}

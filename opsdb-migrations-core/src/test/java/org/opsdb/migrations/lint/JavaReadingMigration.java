package org.opsdb.migrations.lint;

import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.script.Migration;
import org.opsdb.migrations.script.MigrationRevision;

/** A Java migration that needs the live connection (line 14), which the offline lint does not give. */
@MigrationRevision(id = "eeeeeeeeeeee", down = "aaaaaaaaaaaa", message = "java reads")
public class JavaReadingMigration implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.execute("ALTER TABLE obs ADD COLUMN flag boolean");
        op.connection().orElseThrow();
    }
}

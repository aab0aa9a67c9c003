package org.opsdb.migrations.lint;

import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.script.LintAllow;
import org.opsdb.migrations.script.Migration;
import org.opsdb.migrations.script.MigrationRevision;

/** A Java migration whose allow gives no reason (its op call at line 15), for {@link JavaLintTest}. */
@MigrationRevision(id = "dddddddddddd", down = "aaaaaaaaaaaa", message = "java allow without reason")
@LintAllow(rule = "index-without-concurrently")
public class JavaAllowWithoutReasonMigration implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createIndex("obs_site_idx", "obs", "site_id");
    }
}

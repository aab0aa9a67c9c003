package org.opsdb.migrations.lint;

import java.util.List;
import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.script.LintAllow;
import org.opsdb.migrations.script.Migration;
import org.opsdb.migrations.script.MigrationRevision;

/** A Java migration with one hazard (line 19), one allowed hazard and one safe index, for {@link JavaLintTest}. */
@MigrationRevision(id = "cccccccccccc", down = "aaaaaaaaaaaa", message = "java hazard")
public class JavaHazardMigration implements Migration {

    @Override
    @LintAllow(rule = "lock-table", reason = "the index build below must see no concurrent insert into site")
    public void upgrade(Operations op) {
        op.execute("LOCK TABLE site IN SHARE MODE");
        op.outsideTransaction(outside -> outside.createIndex("obs_code_idx", "obs", List.of("code"),
                index -> index.concurrently()));
        op.createIndex("obs_site_idx", "obs", "site_id");
    }
}

package db.checks_good;

import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.script.LintAllow;
import org.opsdb.migrations.script.Migration;
import org.opsdb.migrations.script.MigrationRevision;

@MigrationRevision(id = "d4000000000d", down = "b2000000000b", message = "add telescope diameter",
        createDate = "2026-11-22T11:00:00Z")
public class D4000000000d_AddDiameter implements Migration {

    @Override
    @LintAllow(rule = "constraint-without-not-valid", reason = "a fixture of the kit's tests: telescope is empty")
    @LintAllow(rule = "index-without-concurrently", reason = "a fixture of the kit's tests: telescope is empty")
    @LintAllow(rule = "statements-after-exclusive-lock", reason = "a fixture of the kit's tests: telescope is empty")
    @LintAllow(rule = "lock-held-across-scan", reason = "a fixture of the kit's tests: telescope is empty")
    public void upgrade(Operations op) {
        op.execute("ALTER TABLE telescope ADD COLUMN diameter_m numeric(6,2) CONSTRAINT ck_diameter CHECK (diameter_m > 0)");
        op.execute("CREATE INDEX ix_telescope_diameter ON telescope (diameter_m) WHERE diameter_m IS NOT NULL");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DROP INDEX ix_telescope_diameter");
        op.execute("ALTER TABLE telescope DROP COLUMN diameter_m");
    }
}

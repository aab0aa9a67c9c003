package db.migrations;

import java.util.List;

import org.opsdb.migrations.operations.EnumValueRemoval.EnumColumn;
import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.script.LintAllow;
import org.opsdb.migrations.script.Migration;
import org.opsdb.migrations.script.MigrationRevision;

/**
 * An enum value removed, which PostgreSQL cannot do in place: rows still SCHEDULED become PLANNED, then the
 * operations API's recipe recreates the type without the label and converts the column.
 */
@MigrationRevision(id = "b7b41095bc5c", down = "b0cd85f274b6", message = "observation status SCHEDULED folded into PLANNED",
        createDate = "2026-11-23T11:05:00Z")
public class RemoveScheduledStatus implements Migration {

    /** Why the column's conversion may rewrite executed_observation under its lock. */
    private static final String REWRITE_REASON = "PostgreSQL cannot drop an enum label in place, so the column must be"
            + " converted to the recreated type; executed_observation holds only the few observations the demo records";

    @Override
    @LintAllow(rule = "column-type-rewrite", reason = REWRITE_REASON)
    @LintAllow(rule = "lock-held-across-scan", reason = REWRITE_REASON)
    public void upgrade(Operations op) {
        op.execute("UPDATE executed_observation SET status = 'PLANNED' WHERE status = 'SCHEDULED'");
        op.removeEnumValue("observationstatus", List.of("PLANNED", "RUNNING", "COMPLETED", "FAILED", "ABORTED"),
                EnumColumn.of("executed_observation", "status"));
    }

    @Override
    public void downgrade(Operations op) {
        op.addEnumValue("observationstatus", "SCHEDULED", v -> v.before("RUNNING"));
    }
}

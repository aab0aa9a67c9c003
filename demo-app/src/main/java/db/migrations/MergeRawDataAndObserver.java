package db.migrations;

import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.script.Migration;
import org.opsdb.migrations.script.MigrationRevision;

/** Joins the two branches made in parallel (raw data files, observer column) into one head again. */
@MigrationRevision(id = "b42c08c72e40", down = {"a28bf9d0ef39", "74e6b25fd6f8"},
        message = "merge raw data files and observer column", createDate = "2026-11-22T10:00:00Z")
public class MergeRawDataAndObserver implements Migration {

    @Override
    public void upgrade(Operations op) {
        // a merge changes nothing by itself
    }

    @Override
    public void downgrade(Operations op) {
        // nothing to undo
    }
}

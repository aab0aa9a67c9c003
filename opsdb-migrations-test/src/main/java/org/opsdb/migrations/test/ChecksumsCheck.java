package org.opsdb.migrations.test;

import java.util.List;
import java.util.Map;
import org.opsdb.migrations.runtime.HistoryTable;
import org.opsdb.migrations.script.ChecksumDrift;

/**
 * Compares the checksum each revision had when it was last applied (history table of the database as given) with
 * the script's checksum now, as the runtime's checksum validation does ({@link ChecksumDrift}).
 */
final class ChecksumsCheck implements Check {

    @Override
    public void run(CheckSession session) {
        Map<String, String> applied = HistoryTable.appliedChecksums(
                session.command(session.migrations()::appliedHistory));
        List<ChecksumDrift> drifted = ChecksumDrift.find(session.migrations().scripts(), applied.keySet(), applied);
        if (!drifted.isEmpty()) {
            throw new MigrationCheckFailure(String.join("; ", drifted.stream().map(ChecksumDrift::describe).toList()));
        }
    }
}

package org.opsdb.migrations.test;

import java.util.List;
import org.opsdb.migrations.script.ChecksumDrift;
import org.opsdb.migrations.status.MigrationStatusReader;

/**
 * Compares the checksum each revision had when it was last applied (history table of the database as given) with
 * the script's checksum now, as the runtime's checksum validation does
 * ({@link MigrationStatusReader#driftedSinceApplied()}).
 */
final class ChecksumsCheck implements Check {

    @Override
    public void run(CheckSession session) {
        List<ChecksumDrift> drifted = session.command(
                () -> new MigrationStatusReader(session.migrations()).driftedSinceApplied());
        if (!drifted.isEmpty()) {
            throw new MigrationCheckFailure(String.join("; ", drifted.stream().map(ChecksumDrift::describe).toList()));
        }
    }
}

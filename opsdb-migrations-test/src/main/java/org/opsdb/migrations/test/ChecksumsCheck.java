package org.opsdb.migrations.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opsdb.migrations.runtime.HistoryRecord;
import org.opsdb.migrations.script.MigrationScript;

/**
 * Compares the checksum each revision had when it was last applied (history table of the database as given) with
 * the script's checksum now.
 */
final class ChecksumsCheck implements Check {

    @Override
    public void run(CheckSession session) {
        Map<String, String> applied = new LinkedHashMap<>();
        for (HistoryRecord record : session.command(session.migrations()::appliedHistory)) {
            if (!record.success()) {
                continue;
            }
            if ("up".equals(record.direction()) && record.checksum() != null) {
                applied.put(record.revision(), record.checksum());
            } else if ("down".equals(record.direction())) {
                applied.remove(record.revision());
            }
        }
        List<String> drifted = new ArrayList<>();
        for (MigrationScript script : session.migrations().scripts()) {
            String then = applied.get(script.revision().id());
            if (then != null && !script.checksumMatches(then)) {
                String now = script.checksum().orElseThrow();
                drifted.add("Revision " + CheckSession.describe(script.revision())
                        + " was changed after it was applied (checksum " + abbreviate(then) + " then, "
                        + abbreviate(now) + " now)");
            }
        }
        if (!drifted.isEmpty()) {
            throw new MigrationCheckFailure(String.join("; ", drifted));
        }
    }

    private static String abbreviate(String checksum) {
        return checksum.length() > 12 ? checksum.substring(0, 12) : checksum;
    }
}

package org.opsdb.migrations.script;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An applied SQL script whose content changed after it was applied; the one place that finds such scripts and
 * says so, for the runtime's checksum validation, the status (actuator endpoint, health, the runner's validate
 * mode) and the test kit's checksum check.
 *
 * @param revision        the revision id
 * @param source          the script's file
 * @param appliedChecksum the checksum recorded when it was applied
 * @param currentChecksum the checksum of the script now
 */
public record ChecksumDrift(String revision, String source, String appliedChecksum, String currentChecksum) {

    /**
     * The scripts among {@code scripts} that are applied (in {@code applied}) and whose checksum differs from the
     * one recorded when they were applied ({@code appliedChecksums}, revision → checksum), in script order.
     */
    public static List<ChecksumDrift> find(Collection<? extends MigrationScript> scripts, Set<String> applied,
                                           Map<String, String> appliedChecksums) {
        List<ChecksumDrift> drifted = new ArrayList<>();
        for (MigrationScript script : scripts) {
            String id = script.revision().id();
            String then = appliedChecksums.get(id);
            if (then != null && applied.contains(id) && !script.checksumMatches(then)) {
                drifted.add(new ChecksumDrift(id, script.revision().source(), then, script.checksum().orElseThrow()));
            }
        }
        return drifted;
    }

    /** One line describing the drift. */
    public String describe() {
        return "Revision " + revision + " (" + source + ") was changed after it was applied (checksum "
                + abbreviate(appliedChecksum) + " then, " + abbreviate(currentChecksum) + " now)";
    }

    private static String abbreviate(String checksum) {
        return checksum.length() > 12 ? checksum.substring(0, 12) : checksum;
    }
}

package org.opsdb.migrations.autoconfigure.status;

/**
 * An applied SQL script whose content changed after it was applied.
 *
 * @param revision        the revision id
 * @param source          the script's file
 * @param appliedChecksum the checksum recorded when it was applied
 * @param currentChecksum the checksum of the script now
 */
public record ChecksumDrift(String revision, String source, String appliedChecksum, String currentChecksum) {

    /** One line describing the drift. */
    public String describe() {
        return "Revision " + revision + " (" + source + ") was changed after it was applied (checksum "
                + abbreviate(appliedChecksum) + " then, " + abbreviate(currentChecksum) + " now)";
    }

    private static String abbreviate(String checksum) {
        return checksum.length() > 12 ? checksum.substring(0, 12) : checksum;
    }
}

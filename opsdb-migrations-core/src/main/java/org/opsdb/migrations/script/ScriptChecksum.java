package org.opsdb.migrations.script;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.CRC32;

/**
 * The checksum recorded for a SQL script: the CRC-32 of its text (line endings normalised to {@code \n}, encoded
 * as UTF-8), as 8 lower-case hex digits. CRC-32 is what Flyway records too: it detects an edited script, and in a
 * cold JVM it costs a few microseconds per script where SHA-256 cost a booting service tens of milliseconds for
 * 500 scripts (the JDK's CRC-32 is native code; SHA-256 runs interpreted until the JIT gets to it).
 *
 * <p>Lines that are only a lint allow ({@link LintAllowComment}) are left out, each with its line break: adding
 * {@code -- lint: allow rule-id: reason} to a script already applied does not change its checksum, and a script
 * without such lines has the checksum it always had.
 *
 * <p>Histories written before the change recorded the SHA-256 (64 hex digits); {@link #matches} still accepts
 * those, computing the SHA-256 only for them.
 */
final class ScriptChecksum {

    private static final int LEGACY_SHA256_LENGTH = 64;
    /** What every lint allow line holds. */
    private static final String ALLOW_MARK = "lint:";

    private ScriptChecksum() {
    }

    /** The checksum of a normalised text. */
    static String of(String normalizedText) {
        CRC32 crc = new CRC32();
        crc.update(checksummed(normalizedText).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }

    /** Whether a recorded checksum (this format, or the earlier SHA-256) is that of the normalised text. */
    static boolean matches(String recorded, String checksum, String normalizedText) {
        if (recorded.length() == LEGACY_SHA256_LENGTH) {
            return recorded.equalsIgnoreCase(sha256(normalizedText));
        }
        return recorded.equalsIgnoreCase(checksum);
    }

    /** The text without its lint allow lines (the text itself, not copied, when it has none). */
    private static String checksummed(String normalizedText) {
        if (!normalizedText.contains(ALLOW_MARK)) {
            return normalizedText; // the common case, and a cold JVM's boot: no line is looked at
        }
        StringBuilder kept = new StringBuilder(normalizedText.length());
        int start = 0;
        while (start < normalizedText.length()) {
            int end = normalizedText.indexOf('\n', start);
            int next = end < 0 ? normalizedText.length() : end + 1;
            if (!LintAllowComment.isAllow(normalizedText.substring(start, end < 0 ? next : end))) {
                kept.append(normalizedText, start, next);
            }
            start = next;
        }
        return kept.toString();
    }

    private static String sha256(String normalizedText) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(checksummed(normalizedText).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is not available", impossible);
        }
    }
}

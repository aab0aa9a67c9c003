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
 * <p>Histories written before the change recorded the SHA-256 (64 hex digits); {@link #matches} still accepts
 * those, computing the SHA-256 only for them.
 */
final class ScriptChecksum {

    private static final int LEGACY_SHA256_LENGTH = 64;

    private ScriptChecksum() {
    }

    /** The checksum of a normalised text. */
    static String of(String normalizedText) {
        CRC32 crc = new CRC32();
        crc.update(normalizedText.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }

    /** Whether a recorded checksum (this format, or the earlier SHA-256) is that of the normalised text. */
    static boolean matches(String recorded, String checksum, String normalizedText) {
        if (recorded.length() == LEGACY_SHA256_LENGTH) {
            return recorded.equalsIgnoreCase(sha256(normalizedText));
        }
        return recorded.equalsIgnoreCase(checksum);
    }

    private static String sha256(String normalizedText) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalizedText.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is not available", impossible);
        }
    }
}

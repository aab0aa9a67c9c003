package org.opsdb.migrations.script;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The fingerprint of a set of SQL scripts, taken from their file names and checksums in load order without
 * parsing them: two sets with the same fingerprint parse to the same revisions. It is 64 bits (a CRC-32 and a
 * CRC-32C of the same input, both native code in the JDK), so that an added, removed, renamed or edited script
 * changes it except by a chance of about 2<sup>-64</sup>. The boot's up-to-date check compares it with the one
 * the last run to the heads recorded (see {@code UpToDateMark} in the runtime).
 */
public final class ScriptSetFingerprint {

    /**
     * Names the rules the scripts were read by, so that a mark recorded by an earlier version does not vouch for
     * scripts this one refuses: v2 came with the stricter header, transaction-control and file checks, v3 with
     * the section-marker near misses, hidden header keys and headers inside sections; the first boot after the
     * upgrade parses every script once.
     */
    private static final String FORMAT = "opsdb-migrations script set v3\n";

    private ScriptSetFingerprint() {
    }

    /** The fingerprint of these SQL scripts, in this order, as 16 lower-case hex digits. */
    static String of(List<ScriptResource> resources) {
        StringBuilder input = new StringBuilder(FORMAT.length() + resources.size() * 48).append(FORMAT);
        for (ScriptResource resource : resources) {
            input.append(resource.fileName()).append('\n')
                    .append(ScriptChecksum.of(SqlMigrationScript.normalize(resource.text()))).append('\n');
        }
        byte[] bytes = input.toString().getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        CRC32C crcC = new CRC32C();
        crcC.update(bytes);
        HexFormat hex = HexFormat.of();
        return hex.toHexDigits((int) crc.getValue()) + hex.toHexDigits((int) crcC.getValue());
    }
}

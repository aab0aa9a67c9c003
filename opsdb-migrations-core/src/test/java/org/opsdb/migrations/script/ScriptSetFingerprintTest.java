package org.opsdb.migrations.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fingerprint of a script set: stable across releases, blind to line endings, sensitive to everything else. */
class ScriptSetFingerprintTest {

    private static ScriptResource script(String fileName, String text) {
        return new ScriptResource("/somewhere/" + fileName, fileName, text);
    }

    private static final ScriptResource ONE = script("aaaaaaaaaaa1_one.sql", "-- revision: aaaaaaaaaaa1\n-- upgrade\n");
    private static final ScriptResource TWO = script("aaaaaaaaaaa2_two.sql",
            "-- revision: aaaaaaaaaaa2\n-- down_revision: aaaaaaaaaaa1\n-- upgrade\n");

    @Test
    void theFingerprintOfAFixedSetIsFixed() {
        // recorded in databases' marks (computed independently: zlib.crc32 and a bitwise CRC-32C in Python);
        // a change of format or of the parsing rules must change the "v3" in the input, not this value silently
        assertThat(ScriptSetFingerprint.of(List.of(ONE, TWO))).isEqualTo("2642696c1e9f7817");
        assertThat(ScriptSetFingerprint.of(List.of())).isEqualTo("67044b86095878c4");
    }

    @Test
    void lineEndingsAndWhereTheFilesLieDoNotCountButNamesContentAndMembersDo() {
        String fingerprint = ScriptSetFingerprint.of(List.of(ONE, TWO));
        assertThat(ScriptSetFingerprint.of(List.of(ONE, new ScriptResource("/elsewhere/aaaaaaaaaaa2_two.sql",
                "aaaaaaaaaaa2_two.sql", TWO.text().replace("\n", "\r\n"))))).isEqualTo(fingerprint);

        assertThat(List.of(
                ScriptSetFingerprint.of(List.of(ONE)),
                ScriptSetFingerprint.of(List.of(ONE, TWO, script("aaaaaaaaaaa3_three.sql", "-- upgrade\n"))),
                ScriptSetFingerprint.of(List.of(ONE, script("aaaaaaaaaaa2_renamed.sql", TWO.text()))),
                ScriptSetFingerprint.of(List.of(ONE, script(TWO.fileName(), TWO.text() + " ")))))
                .doesNotContain(fingerprint).doesNotHaveDuplicates();
    }
}

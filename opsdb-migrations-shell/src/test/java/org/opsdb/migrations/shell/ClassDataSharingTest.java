package org.opsdb.migrations.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data sharing archive {@code bin/opsdb} keeps in its cache (the script's side: {@link BinOpsdbTest})
 * never changes an answer: the console run with the options the script gives, on an archive that is missing or
 * corrupt, prints exactly what it prints without one. (A recorded archive needs a class path of jars only, which
 * the test class path is not; the script records it from the extracted jar.)
 */
class ClassDataSharingTest {

    /** The options {@code bin/opsdb} runs the console with when an archive is recorded. */
    private static final List<String> QUIET = List.of("-XX:+VerifySharedSpaces", "-Xlog:cds*=off",
            "-Xlog:class+path=off");

    @TempDir
    Path dir;

    private static final Map<String, String> LOCATION = Map.of("OPSDB_MIGRATIONS_LOCATIONS",
            ConsoleProcessTest.REVISIONS.toString());

    private static ConsoleResult history(List<String> jvmOptions) {
        return ConsoleProcess.run(OpsdbConsoleApplication.class, jvmOptions, LOCATION, "history");
    }

    private static List<String> sharing(Path archive) {
        List<String> options = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + archive));
        options.addAll(QUIET);
        return options;
    }

    @Test
    void anArchiveThatIsMissingOrCorruptLeavesTheAnswerAlone() throws Exception {
        ConsoleResult expected = new ConsoleResult(ConsoleCommandsTest.HISTORY, "", 0);
        assertThat(history(sharing(dir.resolve("missing.jsa")))).isEqualTo(expected);
        byte[] garbage = new byte[4 << 20];
        new java.util.Random(26).nextBytes(garbage);
        assertThat(history(sharing(Files.write(dir.resolve("corrupt.jsa"), garbage)))).isEqualTo(expected);
        assertThat(history(sharing(Files.write(dir.resolve("empty.jsa"), new byte[0])))).isEqualTo(expected);
    }
}

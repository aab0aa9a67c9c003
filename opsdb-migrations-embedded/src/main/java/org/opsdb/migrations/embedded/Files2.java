package org.opsdb.migrations.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** File helpers shared by this package: best-effort tree removal and the tail of a log. */
final class Files2 {

    private Files2() {
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                }
                catch (IOException ex) {
                    // best effort
                }
            });
        }
        catch (IOException ex) {
            // best effort
        }
    }

    /** The last lines of a log, joined into one line (at most {@code max} characters). */
    static String tail(Path logFile, int max) {
        try {
            return oneLine(Files.readString(logFile, StandardCharsets.UTF_8), max);
        }
        catch (IOException ex) {
            return "(no log at " + logFile + ")";
        }
    }

    static String oneLine(String text, int max) {
        String line = text.strip().replaceAll("\\s*\\R\\s*", " | ");
        return line.length() > max ? "…" + line.substring(line.length() - max) : line;
    }
}

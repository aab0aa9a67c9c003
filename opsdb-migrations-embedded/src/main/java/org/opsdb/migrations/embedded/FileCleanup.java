package org.opsdb.migrations.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Best-effort removal of a directory tree, and process output squeezed into one line for a message. */
final class FileCleanup {

    private FileCleanup() {
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

    static String oneLine(String text, int max) {
        String line = text.strip().replaceAll("\\s*\\R\\s*", " | ");
        return line.length() > max ? "…" + line.substring(line.length() - max) : line;
    }
}

package org.opsdb.benchmarks.harness.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Blocks of a Markdown file that a benchmark owns, between the lines {@code <!-- NAME:begin -->} and
 * {@code <!-- NAME:end -->} (each a line of its own; the same text inside a line of prose is no marker): each run
 * replaces what is between the two lines, the rest of the file is left as it is.
 */
public final class MarkedBlocks {

    private MarkedBlocks() {
    }

    /** The line that opens block {@code name}. */
    public static String begin(String name) {
        return "<!-- " + name + ":begin -->";
    }

    /** The line that closes block {@code name}. */
    public static String end(String name) {
        return "<!-- " + name + ":end -->";
    }

    /**
     * Replaces, in {@code file}, the body of each block named in {@code bodies} that the file has; fails when it has
     * none of them or a block is not closed.
     */
    public static void replace(Path file, Map<String, String> bodies) throws IOException {
        String read = Files.readString(file);
        boolean endsInLine = read.endsWith("\n");
        // a newline on both sides, so that every marker line is found as "\n<marker>\n"
        String text = "\n" + read + (endsInLine ? "" : "\n");
        boolean found = false;
        for (Map.Entry<String, String> body : bodies.entrySet()) {
            String begin = "\n" + begin(body.getKey()) + "\n";
            int start = text.indexOf(begin);
            if (start < 0) {
                continue;
            }
            int end = text.indexOf("\n" + end(body.getKey()) + "\n", start);
            if (end < 0) {
                throw new IllegalStateException(file + ": " + begin.strip() + " without a line "
                        + end(body.getKey()));
            }
            text = text.substring(0, start + begin.length()) + body.getValue().strip() + text.substring(end);
            found = true;
        }
        if (!found) {
            throw new IllegalStateException(file + " has none of the blocks "
                    + String.join(", ", bodies.keySet().stream().map(MarkedBlocks::begin).toList())
                    + "; add one where the results belong");
        }
        Files.writeString(file, text.substring(1, text.length() - (endsInLine ? 0 : 1)));
    }

    /**
     * {@link #replace Replaces} the blocks in each of the comma-separated {@code files} (blank entries skipped);
     * returns the files written.
     */
    public static List<Path> replaceIn(String files, Map<String, String> bodies) throws IOException {
        List<Path> written = new ArrayList<>();
        for (String file : files.split(",")) {
            if (!file.isBlank()) {
                replace(Path.of(file.trim()), bodies);
                written.add(Path.of(file.trim()));
            }
        }
        return written;
    }
}

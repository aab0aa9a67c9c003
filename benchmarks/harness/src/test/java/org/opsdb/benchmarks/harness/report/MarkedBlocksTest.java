package org.opsdb.benchmarks.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkedBlocksTest {

    @TempDir
    Path directory;

    @Test
    void replacesOnlyBetweenMarkerLinesNotTheSameTextInProse() throws IOException {
        Path file = write("docs.md", """
                # Title

                The results go between `<!-- live-load:begin -->` and its end line.

                <!-- live-load:begin -->
                old results
                <!-- live-load:end -->

                After.
                """);
        MarkedBlocks.replace(file, Map.of("live-load", "new results\n| a | b |\n"));
        assertEquals("""
                # Title

                The results go between `<!-- live-load:begin -->` and its end line.

                <!-- live-load:begin -->
                new results
                | a | b |
                <!-- live-load:end -->

                After.
                """, Files.readString(file));
    }

    @Test
    void replacesEachBlockTheFileHasAndKeepsAFileWithoutFinalNewlineSo() throws IOException {
        Path file = write("README.md", "intro\n<!-- live-load-summary:begin -->\nold\n<!-- live-load-summary:end -->");
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("live-load", "full");
        bodies.put("live-load-summary", "summary");
        MarkedBlocks.replace(file, bodies);
        assertEquals("intro\n<!-- live-load-summary:begin -->\nsummary\n<!-- live-load-summary:end -->",
                Files.readString(file));
    }

    @Test
    void refusesAFileWithoutAnyBlock() throws IOException {
        Path file = write("other.md", "no block here, only `<!-- live-load:begin -->` in prose\n");
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> MarkedBlocks.replace(file, Map.of("live-load", "x")));
        assertEquals(file + " has none of the blocks <!-- live-load:begin -->; add one where the results belong",
                error.getMessage());
    }

    @Test
    void refusesABlockThatIsNotClosed() throws IOException {
        Path file = write("open.md", "<!-- live-load:begin -->\nold\n");
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> MarkedBlocks.replace(file, Map.of("live-load", "x")));
        assertEquals(file + ": <!-- live-load:begin --> without a line <!-- live-load:end -->", error.getMessage());
    }

    @Test
    void replacesInEachOfACommaSeparatedListOfFilesSkippingBlankEntries() throws IOException {
        Path docs = write("docs.md", "<!-- console:begin -->\nold\n<!-- console:end -->\n");
        Path readme = write("README.md", "<!-- console-summary:begin -->\nold\n<!-- console-summary:end -->\n");
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("console", "full");
        bodies.put("console-summary", "summary");
        assertEquals(List.of(docs, readme), MarkedBlocks.replaceIn(docs + ", ," + readme, bodies));
        assertEquals("<!-- console:begin -->\nfull\n<!-- console:end -->\n", Files.readString(docs));
        assertEquals("<!-- console-summary:begin -->\nsummary\n<!-- console-summary:end -->\n",
                Files.readString(readme));
        assertEquals(List.of(), MarkedBlocks.replaceIn("", bodies));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(directory.resolve(name), text);
    }
}

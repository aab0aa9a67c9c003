package org.opsdb.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.graph.GraphFormat;
import org.opsdb.migrations.graph.GraphModel;

/**
 * Keeps the pictures of the demo's revision graph in {@code docs/} generated, never drawn by hand. A block
 * <pre>
 * &lt;!-- graph --format mermaid: generated from demo-app's revisions by DocsGraphTest --&gt;
 * ```mermaid
 * …
 * ```
 * &lt;!-- end of graph --&gt;
 * </pre>
 * holds what the console's {@code graph} with those options prints for the demo's revisions
 * ({@code classpath:db/migrations}: its SQL files and its Java migrations, offline, so nothing is marked current):
 * the same model ({@link GraphModel#of} of the whole history, {@link GraphModel#collapsed()} for
 * {@code --collapse}) and the same renderer ({@link GraphFormat}) the command uses.
 *
 * <p>The rule: a build that runs this test rewrites every stale block in place (and passes), so a change to the
 * demo's revisions or to a renderer updates the docs with it; with {@code -Dopsdb.docs.check=true}, or when the
 * environment has {@code CI=true}, a stale block fails the test instead, naming the file and the block, and nothing
 * is rewritten: CI proves the checked-in docs are current.
 */
class DocsGraphTest {

    private static final Pattern BLOCK = Pattern.compile("(<!-- graph( [^:]*)?: generated from demo-app's revisions"
            + " by DocsGraphTest -->\n)```[a-z]*\n(.*?)```\n(<!-- end of graph -->)", Pattern.DOTALL);

    @Test
    void theDemosGraphBlocksInTheDocsAreWhatTheCommandPrints() throws IOException {
        boolean check = Boolean.getBoolean("opsdb.docs.check") || "true".equals(System.getenv("CI"));
        Migrations demo = Migrations.configure().locations("classpath:db/migrations").load();
        List<String> stale = new ArrayList<>();
        int blocks = 0;
        for (Path doc : docs()) {
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            Matcher block = BLOCK.matcher(text);
            StringBuilder generated = new StringBuilder();
            while (block.find()) {
                blocks++;
                List<String> options = block.group(2) == null ? List.of()
                        : Arrays.asList(block.group(2).strip().split(" "));
                assertThat(options).as(doc.getFileName() + ": options of a generated graph block")
                        .allMatch(o -> o.equals("--format") || o.equals("--collapse") || !o.startsWith("-"));
                String picture = picture(demo, options);
                if (!picture.equals(block.group(3))) {
                    stale.add(doc.getFileName() + ": the block after '" + block.group(1).strip() + "'");
                }
                block.appendReplacement(generated, Matcher.quoteReplacement(block.group(1) + fence(options) + "\n"
                        + picture + "```\n" + block.group(4)));
            }
            block.appendTail(generated);
            if (!check && !generated.toString().equals(text)) {
                Files.writeString(doc, generated.toString(), StandardCharsets.UTF_8);
            }
        }
        assertThat(blocks).as("generated graph blocks in docs/").isGreaterThanOrEqualTo(1);
        if (check) {
            assertThat(stale).as("stale generated blocks (run DocsGraphTest without -Dopsdb.docs.check and CI to"
                    + " rewrite them)").isEmpty();
        }
    }

    /** What {@code graph OPTIONS} prints offline for these migrations. */
    private static String picture(Migrations migrations, List<String> options) {
        int format = options.indexOf("--format");
        GraphModel model = GraphModel.of(migrations.graph(), migrations.history(null), Set.of());
        return GraphFormat.of(format < 0 ? "text" : options.get(format + 1))
                .render(options.contains("--collapse") ? model.collapsed() : model);
    }

    private static String fence(List<String> options) {
        int format = options.indexOf("--format");
        return "```" + (format < 0 ? "" : GraphFormat.of(options.get(format + 1)) == GraphFormat.TEXT ? ""
                : options.get(format + 1));
    }

    /** The repository's {@code docs/*.md}, found from the module's directory upwards. */
    private static List<Path> docs() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("docs/concepts.md"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the repository's docs/ above " + Path.of("").toAbsolutePath()).isNotNull();
        try (Stream<Path> files = Files.list(dir.resolve("docs"))) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
    }
}

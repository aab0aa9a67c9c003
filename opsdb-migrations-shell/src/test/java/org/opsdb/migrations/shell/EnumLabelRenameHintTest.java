package org.opsdb.migrations.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.opsdb.consoleapp.moodv1.MoodAppV1;
import org.opsdb.consoleapp.moodv2.MoodAppV2;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * Issue 25, item 2, in the one-shot console inside a service, on a real PostgreSQL with seeded rows: an enum
 * constant renamed in the entities ({@code Mood.HAPPY} → {@code JOYFUL}, same position). Without a hint, autogenerate
 * warns that the recipe's cast fails on the rows holding {@code HAPPY} and names the option; with
 * {@code --rename mood:HAPPY=JOYFUL} the script is {@code ALTER TYPE … RENAME VALUE} both ways, the upgrade keeps
 * every row, {@code downgrade -1} restores them, and {@code check} is clean on both sides. A hint that matches
 * nothing is one line naming it and the candidates, and writes no file.
 */
@FreshDatabase
@ResourceLock(InProcessConsole.SPRING_CONTEXT)
class EnumLabelRenameHintTest {

    static final String WARNING = "label 'HAPPY' of enum type mood may have been renamed to 'JOYFUL' (same"
            + " position): the upgrade's cast (USING column::text::mood) fails on every row that holds 'HAPPY'; to"
            + " keep them, pass --rename mood:HAPPY=JOYFUL (rename hint enumLabel(\"mood\", \"HAPPY\", \"JOYFUL\"))";

    private final TestDatabase db;

    @TempDir
    Path root;

    private Path dir;

    EnumLabelRenameHintTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void firstReleaseWithRows() throws Exception {
        try (Connection c = db.openConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        }
        dir = Files.createDirectory(root.resolve("migrations"));
        try (InProcessConsole console = console(MoodAppV1.class)) {
            assertThat(console.runWords("revision", "-m", "visits", "--autogenerate").exitCode()).isZero();
            assertThat(console.run("upgrade head").exitCode()).isZero();
        }
        execute("INSERT INTO visit VALUES (1, 'SAD'), (2, 'HAPPY'), (3, 'HAPPY'), (4, 'CALM')");
    }

    private InProcessConsole console(Class<?> application) {
        return new InProcessConsole(application, "spring.datasource.url=" + db.jdbcUrl(),
                "spring.datasource.username=" + db.username(), "spring.datasource.password=" + db.password(),
                "opsdb.migrations.locations=" + dir);
    }

    /** {@code revision -m relabel --autogenerate} plus {@code more} with the second release: answer and body. */
    private String[] revision(String... more) throws Exception {
        List<String> words = new ArrayList<>(List.of("revision", "-m", "relabel", "--autogenerate"));
        words.addAll(List.of(more));
        List<Path> before = files();
        ConsoleResult result;
        try (InProcessConsole console = console(MoodAppV2.class)) {
            result = console.runWords(words.toArray(String[]::new));
        }
        assertThat(result.stderr()).isEmpty();
        assertThat(result.exitCode()).isZero();
        Path file = files().stream().filter(f -> !before.contains(f)).findFirst().orElseThrow();
        String script = Files.readString(file);
        return new String[] {result.stdout().replace(file.toString(), "FILE"),
                script.substring(script.indexOf("-- upgrade")), file.toString()};
    }

    @Test
    void withoutTheHintTheWarningNamesTheFailingCastAndTheOption() throws Exception {
        String[] out = revision();
        String lint = "lint: [column-type-rewrite] ALTER COLUMN visit.mood TYPE mood (from mood) USING an expression,"
                + " rewrites the table and its indexes under ACCESS EXCLUSIVE; safe form: expand/contract: add a new"
                + " column, backfill it in batches, switch readers, drop the old column";
        assertThat(out[0]).isEqualTo("FILE\nWARNING: removes [HAPPY] from enum type mood: rows that hold it make"
                + " the upgrade fail; update them first\nWARNING: " + WARNING + "\nWARNING: " + lint + "\n");
        assertThat(out[1]).isEqualTo("""
                -- upgrade
                -- WARNING removes [HAPPY] from enum type mood: rows that hold it make the upgrade fail; update them\
                 first
                -- WARNING %s
                ALTER TYPE mood RENAME TO mood_old;
                CREATE TYPE mood AS ENUM ('SAD', 'JOYFUL', 'CALM');
                -- %s
                ALTER TABLE visit ALTER COLUMN mood TYPE mood USING mood::text::mood;
                DROP TYPE mood_old;

                -- downgrade
                ALTER TYPE mood RENAME TO mood_old;
                CREATE TYPE mood AS ENUM ('SAD', 'HAPPY', 'CALM');
                ALTER TABLE visit ALTER COLUMN mood TYPE mood USING mood::text::mood;
                DROP TYPE mood_old;
                """.formatted(WARNING, lint));
        // as the warning says: the upgrade fails on the rows holding HAPPY, and changes nothing
        try (InProcessConsole console = console(MoodAppV2.class)) {
            ConsoleResult upgrade = console.run("upgrade head");
            assertThat(upgrade.exitCode()).isEqualTo(1);
            assertThat(upgrade.stderr()).contains("invalid input value for enum mood: \"HAPPY\"");
        }
        assertThat(rows()).containsExactly("1 SAD", "2 HAPPY", "3 HAPPY", "4 CALM");
        assertThat(labels()).containsExactly("SAD", "HAPPY", "CALM");
    }

    @Test
    void withTheHintTheLabelIsRenamedBothWaysAndEveryRowKept() throws Exception {
        String[] out = revision("--rename", "mood:HAPPY=JOYFUL");
        assertThat(out[0]).isEqualTo("FILE\n");
        assertThat(out[1]).isEqualTo("""
                -- upgrade
                ALTER TYPE mood RENAME VALUE 'HAPPY' TO 'JOYFUL';

                -- downgrade
                ALTER TYPE mood RENAME VALUE 'JOYFUL' TO 'HAPPY';
                """);
        try (InProcessConsole console = console(MoodAppV2.class)) {
            assertThat(console.run("upgrade head").exitCode()).isZero();
            assertThat(console.run("check")).isEqualTo(new ConsoleResult(
                    "No differences between the entity model and the database\n", "", 0));
        }
        assertThat(rows()).containsExactly("1 SAD", "2 JOYFUL", "3 JOYFUL", "4 CALM");
        assertThat(labels()).containsExactly("SAD", "JOYFUL", "CALM");
        try (InProcessConsole console = console(MoodAppV2.class)) {
            assertThat(console.run("downgrade -1").exitCode()).isZero();
        }
        assertThat(rows()).containsExactly("1 SAD", "2 HAPPY", "3 HAPPY", "4 CALM");
        assertThat(labels()).containsExactly("SAD", "HAPPY", "CALM");
        // the previous release: its scripts and its entities
        Path second = Path.of(out[2]);
        Path aside = Files.move(second, root.resolve(second.getFileName()));
        try (InProcessConsole console = console(MoodAppV1.class)) {
            assertThat(console.run("check")).isEqualTo(new ConsoleResult(
                    "No differences between the entity model and the database\n", "", 0));
        }
        Files.move(aside, second);
        try (InProcessConsole console = console(MoodAppV2.class)) {
            assertThat(console.run("upgrade head").exitCode()).isZero();
            assertThat(console.run("check").exitCode()).isZero();
        }
        assertThat(rows()).containsExactly("1 SAD", "2 JOYFUL", "3 JOYFUL", "4 CALM");
    }

    @Test
    void aHintThatMatchesNothingIsOneLineNamingTheCandidates() throws Exception {
        List<Path> before = files();
        try (InProcessConsole console = console(MoodAppV2.class)) {
            assertThat(console.runWords("revision", "-m", "x", "--autogenerate", "--rename", "mood:GLAD=JOYFUL"))
                    .isEqualTo(new ConsoleResult("", "--rename mood:GLAD=JOYFUL matches nothing: enum type mood"
                            + " does not lose label 'GLAD' and gain 'JOYFUL'; candidates: --rename"
                            + " mood:HAPPY=JOYFUL\n", 1));
            assertThat(console.runWords("revision", "-m", "x", "--autogenerate", "--rename", "mood:HAPPY"))
                    .isEqualTo(new ConsoleResult("", "Invalid rename 'mood:HAPPY': use TYPE:LABEL=NEW_LABEL or"
                            + " SCHEMA.TYPE:LABEL=NEW_LABEL for a renamed enum label\n", 1));
        }
        assertThat(files()).isEqualTo(before);
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    private List<String> rows() throws Exception {
        return strings("SELECT id || ' ' || mood FROM visit ORDER BY id");
    }

    private List<String> labels() throws Exception {
        return strings("SELECT unnest(enum_range(NULL::mood))::text");
    }

    private void execute(String sql) throws Exception {
        try (Connection c = db.openConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private List<String> strings(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.openConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}

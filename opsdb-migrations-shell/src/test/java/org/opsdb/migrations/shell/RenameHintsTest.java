package org.opsdb.migrations.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.opsdb.consoleapp.v1.ConsoleAppV1;
import org.opsdb.consoleapp.v3.ConsoleAppV3;
import org.opsdb.consoleapp.v4.ConsoleAppV4;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * {@code revision --autogenerate --rename …} in the one-shot console inside a service, on a real PostgreSQL:
 * a hinted rename is written as {@code RENAME}, an unhinted one (a dropped and an added column of one type in
 * one table, or a dropped and an added table with the same columns) as drop and add with a warning that names
 * the {@code --rename} option to pass. A hint that matches no dropped and added pair is one line naming it and the
 * candidates, exit 1, and no file is written (issue 26, item 4).
 */
@FreshDatabase
@ResourceLock(InProcessConsole.SPRING_CONTEXT)
class RenameHintsTest {

    private final TestDatabase db;

    @TempDir
    Path dir;

    RenameHintsTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void atHead() throws Exception {
        try (Connection c = db.openConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        }
        try (InProcessConsole console = console(ConsoleAppV1.class)) {
            assertThat(console.run("upgrade head").exitCode()).isZero();
        }
    }

    private InProcessConsole console(Class<?> application) {
        return new InProcessConsole(application, "spring.datasource.url=" + db.jdbcUrl(),
                "spring.datasource.username=" + db.username(), "spring.datasource.password=" + db.password(),
                "opsdb.migrations.locations=classpath:db/consoleapp");
    }

    /** Runs {@code revision -m MSG --autogenerate --directory DIR} plus {@code more}; the answer and the script. */
    private String[] revision(Class<?> application, String... more) throws Exception {
        List<String> words = new ArrayList<>(List.of("revision", "-m", "rename", "--autogenerate", "--directory",
                dir.toString()));
        words.addAll(List.of(more));
        ConsoleResult result;
        try (InProcessConsole console = console(application)) {
            result = console.runWords(words.toArray(String[]::new));
        }
        assertThat(result.stderr()).isEmpty();
        assertThat(result.exitCode()).isZero();
        Path file;
        try (Stream<Path> files = Files.list(dir)) {
            file = files.findFirst().orElseThrow();
        }
        String script = Files.readString(file).replaceAll("(?m)^-- revision: [0-9a-f]{12}$", "-- revision: ID")
                .replaceAll("(?m)^-- create_date: .*$", "-- create_date: DATE");
        return new String[] {result.stdout().replace(file.toString(), "FILE"), script};
    }

    /** The safe form of a rename, as the lint's rename-in-use finding says it. */
    private static final String RENAME_SAFELY = "expand/contract: add the new name, write both, switch readers, drop"
            + " the old name in a later release";

    private static String script(String upgrade, String downgrade) {
        return """
                -- revision: ID
                -- down_revision: f00f00f00f01
                -- message: rename
                -- create_date: DATE

                -- upgrade
                %s

                -- downgrade
                %s
                """.formatted(upgrade, downgrade);
    }

    @Test
    void unhintedColumnRenameWarnsWithTheOptionToPass() throws Exception {
        String[] out = revision(ConsoleAppV3.class);
        String warning = "column telescope.name may have been renamed to title (both character varying(100)): to"
                + " keep its data, pass --rename telescope.name=title (rename hint column(\"telescope\", \"name\","
                + " \"title\"))";
        assertThat(out[0]).startsWith("FILE\n").contains("\nWARNING: " + warning + "\n");
        assertThat(out[1]).contains("\n-- WARNING " + warning + "\n").endsWith("""
                ALTER TABLE telescope DROP COLUMN name;
                ALTER TABLE telescope ADD COLUMN title character varying(100) NOT NULL;

                -- downgrade
                ALTER TABLE telescope DROP COLUMN title;
                ALTER TABLE telescope ADD COLUMN name character varying(100) NOT NULL;
                """);
    }

    @Test
    void hintedColumnRenameIsARename() throws Exception {
        String[] out = revision(ConsoleAppV3.class, "--rename", "telescope.name=title");
        String lint = "lint: [rename-in-use] RENAME COLUMN telescope.name TO title, the previous release still reads"
                + " the old name and fails until every instance is replaced; safe form: " + RENAME_SAFELY;
        assertThat(out[0]).isEqualTo("FILE\nWARNING: " + lint + "\n");
        assertThat(out[1]).isEqualTo(script("-- " + lint + "\nALTER TABLE telescope RENAME COLUMN name TO title;",
                "ALTER TABLE telescope RENAME COLUMN title TO name;"));
    }

    @Test
    void unhintedTableRenameWarnsWithTheOptionToPass() throws Exception {
        String[] out = revision(ConsoleAppV4.class);
        String warning = "table telescope may have been renamed to scope (same columns): to keep its rows, pass"
                + " --rename telescope=scope (rename hint table(\"telescope\", \"scope\"))";
        String lint = "lint: [drop-in-use] DROP TABLE telescope, the previous release still reads it and fails until"
                + " every instance is replaced; safe form: stop reading it in one release, drop it in the next";
        assertThat(out[0]).isEqualTo("FILE\nWARNING: drops table telescope and all its rows\nWARNING: " + warning
                + "\nWARNING: " + lint + "\n");
        assertThat(out[1]).contains("\n-- WARNING " + warning + "\n")
                .contains("\n-- " + lint + "\nDROP TABLE telescope;\n");
    }

    @Test
    void hintedTableRenameIsARenameFirst() throws Exception {
        // the primary key keeps its old name in PostgreSQL: it is renamed with the table (never re-created, as
        // foreign keys may depend on it)
        String[] out = revision(ConsoleAppV4.class, "--rename", "telescope=scope");
        String lint = "lint: [rename-in-use] RENAME TABLE telescope TO scope, the previous release still reads the"
                + " old name and fails until every instance is replaced; safe form: " + RENAME_SAFELY;
        assertThat(out[0]).isEqualTo("FILE\nWARNING: " + lint + "\n");
        assertThat(out[1]).isEqualTo(script("-- " + lint + "\n" + """
                ALTER TABLE telescope RENAME TO scope;
                ALTER TABLE scope RENAME CONSTRAINT telescope_pkey TO scope_pkey;""", """
                ALTER TABLE scope RENAME TO telescope;
                ALTER TABLE telescope RENAME CONSTRAINT scope_pkey TO telescope_pkey;"""));
    }

    @Test
    void badRenamesAreOneLine() throws Exception {
        try (InProcessConsole console = console(ConsoleAppV3.class)) {
            assertThat(console.runWords("revision", "-m", "x", "--autogenerate", "--rename", "telescope"))
                    .isEqualTo(new ConsoleResult("", "Invalid rename 'telescope': use TABLE.COLUMN=NEW_COLUMN,"
                            + " SCHEMA.TABLE.COLUMN=NEW_COLUMN, TABLE=NEW_TABLE or SCHEMA.TABLE=SCHEMA.NEW_TABLE\n", 1));
            assertThat(console.runWords("revision", "-m", "x", "--rename", "telescope.name=title"))
                    .isEqualTo(new ConsoleResult("", "Option --rename of command 'revision' needs --autogenerate\n",
                            1));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.count()).isZero();
        }
    }

    @Test
    void hintsThatMatchNothingAreOneLineNamingTheCandidatesAndWriteNoFile() throws Exception {
        try (InProcessConsole console = console(ConsoleAppV3.class)) {
            assertThat(console.runWords("revision", "-m", "x", "--autogenerate", "--directory", dir.toString(),
                    "--rename", "telescope.nme=title")).isEqualTo(new ConsoleResult("", "--rename telescope.nme=title"
                    + " matches nothing: table telescope does not lose column nme and gain title; candidates:"
                    + " --rename telescope.name=title\n", 1));
            assertThat(console.runWords("revision", "-m", "x", "--autogenerate", "--directory", dir.toString(),
                    "--rename", "scope.name=title")).isEqualTo(new ConsoleResult("", "--rename scope.name=title"
                    + " matches nothing: table scope does not lose column name and gain title; candidates: none (no"
                    + " table scope in the database)\n", 1));
            assertThat(console.runWords("revision", "-m", "x", "--autogenerate", "--directory", dir.toString(),
                    "--rename", "telescope=scope")).isEqualTo(new ConsoleResult("", "--rename telescope=scope matches"
                    + " nothing: table telescope is not dropped and scope added; candidates: none (no table dropped"
                    + " or added)\n", 1));
        }
        try (InProcessConsole console = console(ConsoleAppV4.class)) {
            assertThat(console.runWords("revision", "-m", "x", "--autogenerate", "--directory", dir.toString(),
                    "--rename", "telescop=scope")).isEqualTo(new ConsoleResult("", "--rename telescop=scope matches"
                    + " nothing: table telescop is not dropped and scope added; candidates: --rename"
                    + " telescope=scope\n", 1));
        }
        try (InProcessConsole console = console(ConsoleAppV1.class)) {
            assertThat(console.runWords("revision", "-m", "x", "--autogenerate", "--directory", dir.toString(),
                    "--rename", "telescope.name=title")).isEqualTo(new ConsoleResult("", "--rename"
                    + " telescope.name=title matches nothing: table telescope does not lose column name and gain"
                    + " title; candidates: none (no column dropped from telescope or added to it)\n", 1));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.count()).isZero();
        }
    }
}

package org.opsdb.migrations.shell.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsdb.migrations.shell.reliability.Revisions.A;
import static org.opsdb.migrations.shell.reliability.Revisions.B;
import static org.opsdb.migrations.shell.reliability.Revisions.C;
import static org.opsdb.migrations.shell.reliability.Revisions.chain;
import static org.opsdb.migrations.shell.reliability.Revisions.sql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opsdb.migrations.shell.ConsoleResult;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.opsdb.migrations.shell.InProcessConsole;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * Bad input a user would hit, one row per case, through the console in-process: exit 1, nothing on standard
 * output, exactly one line on standard error naming the culprit, and the database unchanged (columns,
 * constraints, indexes, version rows, history rows compared before and after).
 */
@ResourceLock(InProcessConsole.SPRING_CONTEXT)
@FreshDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class BadInputTest {

    /**
     * One case.
     *
     * @param name     what the user did wrong
     * @param before   the files laid out for {@code setup}
     * @param setup    console commands run first (each must succeed)
     * @param after    the files laid out for {@code command} ({@code null}: the same as {@code before})
     * @param location the revision location ({@code null}: the test's directory)
     * @param command  the failing command
     * @param error    the one line expected on standard error ({@code %s}: the directory)
     */
    record Case(String name, Map<String, String> before, List<String> setup, Map<String, String> after,
                String location, String command, String error) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static Case at(String name, Map<String, String> files, String command, String error) {
        return new Case(name, files, List.of(), null, null, command, error);
    }

    private static Case after(String name, List<String> setup, Map<String, String> after, String command,
                              String error) {
        return new Case(name, chain(), setup, after, null, command, error);
    }

    private static Map<String, String> with(Map<String, String> base, String... nameThenContent) {
        Map<String, String> files = new LinkedHashMap<>(base);
        for (int i = 0; i < nameThenContent.length; i += 2) {
            if (nameThenContent[i + 1] == null) {
                files.remove(nameThenContent[i]);
            } else {
                files.put(nameThenContent[i], nameThenContent[i + 1]);
            }
        }
        return files;
    }

    private static final String UNKNOWN_REVISION = "Can't locate revision identified by '0123456789ab'";

    static Stream<Case> cases() {
        String bFile = B + "_create_beta.sql";
        return Stream.of(
                at("malformed header", Map.of(A + "_create_alpha.sql", sql(A, null, "alpha")
                        .replace("-- revision: " + A, "-- revision: not-hex!")), "heads", "%s/a10000000001_create_alpha.sql:1: revision not-hex! does not match the file name a10000000001_create_alpha.sql, which must be not-hex!_<slug>.sql"),
                at("misspelt header key", with(chain(), B + "_create_beta.sql", sql(B, A, "beta")
                        .replace("-- down_revision: ", "-- down_revison: ")), "heads", "%s/b20000000002_create_beta.sql:2: unknown header 'down_revison';"
                        + " did you mean 'down_revision'?"),
                at("missing upgrade section", Map.of(A + "_create_alpha.sql", "-- revision: " + A
                        + "\n-- down_revision:\n-- message: no sections\n\nCREATE TABLE alpha (id int);\n"),
                        "upgrade head", "%s/a10000000001_create_alpha.sql:5: SQL before the '-- upgrade' section"),
                at("empty file", with(chain(), "d40000000004_empty.sql", ""), "upgrade head", "%s/d40000000004_empty.sql:1: missing '-- revision:' header"),
                at("duplicate revision id", with(chain(), B + "_again.sql", sql(B, A, "beta_again")),
                        "upgrade head", "Revision b20000000002 is defined twice: in %s/b20000000002_again.sql and in %s/b20000000002_create_beta.sql"),
                at("cycle", Map.of(A + "_a.sql", sql(A, C, "alpha"), B + "_b.sql", sql(B, A, "beta"),
                        C + "_c.sql", sql(C, B, "gamma")), "upgrade head", "Cycle is detected in revisions a10000000001 (%s/a10000000001_a.sql), c30000000003 (%s/c30000000003_c.sql), b20000000002 (%s/b20000000002_b.sql)"),
                at("missing down revision", with(chain(), "d40000000004_orphan.sql",
                        sql("d40000000004", "ffffffffffff", "orphan")), "upgrade head", "Revision d40000000004 (%s/d40000000004_orphan.sql) names down revision ffffffffffff, which does not exist"),
                at("depends_on an unknown revision", with(chain(), "d40000000004_dep.sql",
                        sql("d40000000004", C, "dep").replace("-- message:", "-- depends_on: eeeeeeeeeeee\n-- message:")),
                        "upgrade head", "Revision d40000000004 (%s/d40000000004_dep.sql) depends on eeeeeeeeeeee, which does not exist"),
                at("file id does not match its name", with(chain(), "d40000000004_misnamed.sql",
                        sql("d50000000005", C, "misnamed")), "upgrade head", "%s/d40000000004_misnamed.sql:1: revision d50000000005 does not match the file name d40000000004_misnamed.sql, which must be d50000000005_<slug>.sql"),
                at("SQL file with an upper-case extension", with(chain(), "d40000000004_side.SQL", sql("d40000000004",
                        C, "side")), "upgrade head", "%s/d40000000004_side.SQL: has extension .SQL; SQL revisions must"
                        + " end in lower-case .sql (rename it d40000000004_side.sql)"),
                at("ambiguous prefix", with(chain(), "a10000000002_twin.sql", sql("a10000000002", A, "twin")),
                        "upgrade a1000", "Multiple revisions start with 'a1000': a10000000001, a10000000002; use more characters"),
                at("unknown revision", chain(), "upgrade 0123456789ab", UNKNOWN_REVISION),
                at("unknown branch label", chain(), "upgrade nolabel@head", "No such branch: 'nolabel'"),
                at("several heads for upgrade head", with(chain(), "d40000000004_side.sql", sql("d40000000004", A,
                        "side")), "upgrade head", "Multiple heads are present for 'head': c30000000003, d40000000004; name one, or use 'heads'"),
                at("downgrade below base", chain(), "downgrade -1", "Relative revision -1 didn't produce 1 migrations: no revision is applied"),
                at("+1 past head is no step at all", chain(), "upgrade " + C + "+1", "Relative revision c30000000003+1 didn't produce 1 migrations: the walk from c30000000003 goes past the head"),
                at("REV+N beyond head", chain(), "upgrade " + A + "+5", "Relative revision a10000000001+5 didn't produce 5 migrations: the walk from a10000000001 goes past the head"),
                at("stamp of an unknown revision", chain(), "stamp 0123456789ab", UNKNOWN_REVISION),
                at("--sql with an unknown start", chain(), "upgrade 0123456789ab:head --sql", UNKNOWN_REVISION),
                at("--sql downgrade with an unknown start", chain(), "downgrade 0123456789ab:base --sql", UNKNOWN_REVISION),
                new Case("SQL syntax error", with(chain(), C + "_create_gamma.sql", sql(C, B, "syntax", "CREATE TABEL gamma (id int);",
                        "DROP TABLE gamma;")), List.of("upgrade " + B), null, null,
                        "upgrade head", "Revision c30000000003 (%s/c30000000003_create_gamma.sql) failed in upgrade at line 7: ERROR: syntax error at or near \"TABEL\"; statement: CREATE TABEL gamma (id int)"),
                at("missing location directory", chain(), "upgrade head", "Migration location '%s/nowhere' does not exist (%s/nowhere)"),
                at("history range with an unknown revision", chain(), "history -r 0123456789ab:head", UNKNOWN_REVISION),
                at("show of an unknown revision", chain(), "show 0123456789ab", UNKNOWN_REVISION),
                new Case("java migration whose static initializer throws", Map.of(), List.of(), null,
                        "classpath:reliability/brokenstatic", "upgrade head", "reliability.brokenstatic.ExplodingMigration cannot be loaded: its static initializer threw java.lang.NumberFormatException: For input string: \"not a number\""),
                new Case("java migration without a no-arg constructor", Map.of(), List.of(), null,
                        "classpath:reliability/noconstructor", "upgrade head", "reliability.noconstructor.ArgumentMigration cannot be instantiated: it needs a public no-argument constructor"),
                after("+1 past head", List.of("upgrade head"), null, "upgrade +1", "Relative revision +1 didn't produce 1 migrations: the walk from c30000000003 goes past the head"),
                after("-1 at base", List.of(), null, "downgrade -1", "Relative revision -1 didn't produce 1 migrations: no revision is applied"),
                after("-5 below base", List.of("upgrade " + B), null, "downgrade -5", "Relative revision -5 didn't produce 5 migrations: the walk from b20000000002 goes below base"),
                after("downgrade to a revision above the current one", List.of("upgrade " + A), null,
                        "downgrade " + C, "Can't downgrade to c30000000003: it is not applied (current heads: a10000000001)"),
                after("edited applied script", List.of("upgrade head"), with(chain(), bFile, sql(B, A, "create beta",
                        "CREATE TABLE beta (id int PRIMARY KEY, edited int);", "DROP TABLE beta;")),
                        "upgrade head", "Revision b20000000002 (%s/b20000000002_create_beta.sql) was changed after it was applied (checksum a1e9585c then, d4a4e22e now); restore it, or turn checksum validation off"),
                after("version table names a revision not in the graph", List.of("upgrade head"),
                        with(chain(), C + "_create_gamma.sql", null), "upgrade head", "Version table alembic_version holds revision c30000000003, which is not among the scripts in %s"),
                after("version table names a revision not in the graph (current)", List.of("upgrade head"),
                        with(chain(), C + "_create_gamma.sql", null), "current", "Version table alembic_version holds revision c30000000003, which is not among the scripts in %s"),
                new Case("downgrade through a revision without a downgrade", with(chain(), bFile, sql(B, A,
                        "create beta", "CREATE TABLE beta (id int PRIMARY KEY);", null)), List.of("upgrade head"), null,
                        null, "downgrade base", "Revision b20000000002 (%s/b20000000002_create_beta.sql) has no downgrade;"
                        + " nothing was changed"));
    }

    private final TestDatabase db;
    private final Path dir;
    private final Map<String, InProcessConsole> consoles = new HashMap<>();

    BadInputTest(TestDatabase db) throws IOException {
        this.db = db;
        this.dir = Files.createTempDirectory("opsdb-bad-input");
    }

    @BeforeAll
    void noop() {
    }

    @AfterAll
    void close() throws IOException {
        consoles.values().forEach(InProcessConsole::close);
        Revisions.layOut(dir, Map.of());
        Files.delete(dir);
    }

    private InProcessConsole console(String location) {
        return consoles.computeIfAbsent(location, l -> new InProcessConsole("opsdb.migrations.locations=" + l,
                "spring.datasource.url=" + db.jdbcUrl(), "spring.datasource.username=" + db.username(),
                "spring.datasource.password=" + db.password()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void oneLineNamingTheCulpritAndTheDatabaseUnchanged(Case c) {
        DatabaseSnapshot.execute(db, "DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        Revisions.layOut(dir, c.before());
        String location = c.location() != null ? c.location()
                : c.name().equals("missing location directory") ? dir.resolve("nowhere").toString() : dir.toString();
        InProcessConsole console = console(location);
        for (String command : c.setup()) {
            assertThat(console.run(command).exitCode()).as(command).isZero();
        }
        if (c.after() != null) {
            Revisions.layOut(dir, c.after());
        }
        List<String> before = DatabaseSnapshot.capture(db);

        ConsoleResult result = console.run(c.command());

        String expected = c.error().replace("%s", dir.toString());
        // a revision that fails while it runs has been reported as started (the progress line ends in "failed")
        String progress = c.name().equals("SQL syntax error") ? "Running upgrade " + B + " -> " + C
                + ", syntax ... failed\n" : "";
        assertThat(result).isEqualTo(new ConsoleResult(progress, expected + "\n", 1));
        assertThat(DatabaseSnapshot.capture(db)).isEqualTo(before);
    }
}

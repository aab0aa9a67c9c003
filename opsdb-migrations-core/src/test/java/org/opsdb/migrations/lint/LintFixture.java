package org.opsdb.migrations.lint;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.runtime.TransactionMode;
import org.opsdb.migrations.script.MigrationScript;
import org.opsdb.migrations.script.ScriptResource;
import org.opsdb.migrations.script.SqlMigrationParser;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * Lints a revision under test on a real database: a base revision creates the populated tables {@code site} and
 * {@code obs} (and an enum {@code state}), the revision under test comes after it, its body starting at line
 * {@link #FIRST_LINE} of {@link #FILE}. {@link #lintAndRun} lints the pending revision, then runs it, so that
 * every form a test lints is proven valid on the server.
 */
final class LintFixture {

    static final String BASE = "aaaaaaaaaaaa";
    static final String UNDER_TEST = "bbbbbbbbbbbb";
    static final String FILE = "db/lint/" + UNDER_TEST + "_under_test.sql";
    /** The line the body of the revision under test starts on. */
    static final int FIRST_LINE = 6;

    static final String BASE_SQL = """
            -- revision: aaaaaaaaaaaa
            -- down_revision:
            -- message: base

            -- upgrade
            CREATE TYPE state AS ENUM ('new', 'done');
            CREATE TABLE site (id bigint PRIMARY KEY, name text);
            CREATE TABLE obs (id bigint PRIMARY KEY, site_id bigint, code varchar(20), amount numeric(10,2),
                note text, created timestamp, st state);
            INSERT INTO site SELECT g, 'site ' || g FROM generate_series(1, 10) g;
            INSERT INTO obs SELECT g, 1 + g % 10, 'c' || g, g, 'n', now(), 'new' FROM generate_series(1, 1000) g;
            CREATE INDEX obs_note_idx ON obs (note);
            """;

    private final TestDatabase db;

    LintFixture(TestDatabase db) {
        this.db = db;
    }

    /** An empty public schema with the base revision applied. */
    void reset() {
        execute("DROP SCHEMA public CASCADE", "CREATE SCHEMA public");
        migrations(List.of()).upgrade(BASE);
    }

    /** The revision under test with {@code body} as its upgrade section. */
    static MigrationScript underTest(String body) {
        return revision(UNDER_TEST, BASE, body);
    }

    /** A revision {@code id} after {@code down}, with {@code body} as its upgrade section starting at line 6. */
    static MigrationScript revision(String id, String down, String body) {
        String text = "-- revision: " + id + "\n-- down_revision: " + down + "\n-- message: under test\n\n"
                + "-- upgrade\n" + body;
        return new SqlMigrationParser().parse(new ScriptResource("db/lint/" + id + "_under_test.sql",
                id + "_under_test.sql", text));
    }

    /** Migrations over the base revision and {@code more}. */
    Migrations migrations(List<MigrationScript> more) {
        return migrations(more, TransactionMode.PER_REVISION);
    }

    /** Migrations over the base revision and {@code more}, run in {@code mode}. */
    Migrations migrations(List<MigrationScript> more, TransactionMode mode) {
        List<MigrationScript> scripts = new ArrayList<>();
        scripts.add(new SqlMigrationParser().parse(new ScriptResource("db/lint/" + BASE + "_base.sql",
                BASE + "_base.sql", BASE_SQL)));
        scripts.addAll(more);
        return Migrations.configure().dataSource(db.dataSource()).locations("classpath:db/lint_none")
                .transactionMode(mode).scripts(scripts).load();
    }

    /** Lints the pending revision under test with the database's version, then runs it. */
    List<String> lintAndRun(String body) {
        return lintAndRun(body, LintOptions.defaults());
    }

    /** Resets the database and returns migrations with the revision under test pending. */
    Migrations prepare(String body) {
        reset();
        return migrations(List.of(underTest(body)));
    }

    /** Lints the pending revision under test with {@code options}, then runs it. */
    List<String> lintAndRun(String body, LintOptions options) {
        Migrations migrations = prepare(body);
        List<String> lines = migrations.lintPending(options).lines();
        migrations.upgrade("heads");
        return lines;
    }

    /** Lints the pending revision under test, then runs it expecting the failure whose message it returns. */
    String lintThenFail(String body, List<String> findings) {
        Migrations migrations = prepare(body);
        org.assertj.core.api.Assertions.assertThat(migrations.lintPending(LintOptions.defaults()).lines())
                .containsExactlyElementsOf(findings);
        try {
            migrations.upgrade("heads");
        } catch (RuntimeException e) {
            return e.getMessage();
        }
        throw new AssertionError("the revision ran");
    }

    /** The finding line for the body's line {@code bodyLine} (1-based). */
    static String at(int bodyLine, String rule, String rest) {
        return FILE + ":" + (FIRST_LINE + bodyLine - 1) + ": [" + rule + "] " + rest;
    }

    void execute(String... statements) {
        try (Connection connection = db.openConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

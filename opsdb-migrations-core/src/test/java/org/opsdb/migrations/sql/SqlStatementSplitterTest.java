package org.opsdb.migrations.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlStatementSplitterTest {

    private static List<String> texts(String script) {
        return SqlStatementSplitter.split(script).stream().map(SqlStatement::sql).toList();
    }

    @Test
    void splitsOnTopLevelSemicolonsTrimsAndKeepsLines() {
        List<SqlStatement> statements = SqlStatementSplitter.split(
                "CREATE TABLE a (id int);\n\n  ALTER TABLE a\n    ADD COLUMN b text ;\nSELECT 1");
        assertThat(statements).containsExactly(
                new SqlStatement("CREATE TABLE a (id int)", 1),
                new SqlStatement("ALTER TABLE a\n    ADD COLUMN b text", 3),
                new SqlStatement("SELECT 1", 5));
    }

    @Test
    void dropsEmptyAndCommentOnlyStatements() {
        assertThat(texts(";;\n  ; -- nothing\n/* still nothing */ ;")).isEmpty();
        assertThat(texts("")).isEmpty();
        assertThat(SqlStatementSplitter.split("-- upgrade\n-- note\nSELECT 1; -- trailing\n"))
                .containsExactly(new SqlStatement("SELECT 1", 3));
    }

    @Test
    void trailingCommentsAreNotPartOfTheStatement() {
        assertThat(texts("SELECT 1 -- comment without semicolon")).containsExactly("SELECT 1");
        assertThat(texts("SELECT 1 /* c */ ;")).containsExactly("SELECT 1");
        assertThat(texts("SELECT /* inner; */ 1;")).containsExactly("SELECT /* inner; */ 1");
    }

    @Test
    void singleQuotedStringsWithDoubledQuotes() {
        assertThat(texts("INSERT INTO t VALUES ('a;b', 'it''s; fine'); SELECT 2"))
                .containsExactly("INSERT INTO t VALUES ('a;b', 'it''s; fine')", "SELECT 2");
        assertThat(texts("SELECT 'a\\'; SELECT 2")).containsExactly("SELECT 'a\\'", "SELECT 2");
    }

    @Test
    void escapeStringsWithBackslashes() {
        assertThat(texts("SELECT E'it\\'s; \\\\'; SELECT e'\\''; SELECT 3"))
                .containsExactly("SELECT E'it\\'s; \\\\'", "SELECT e'\\''", "SELECT 3");
        assertThat(texts("SELECT type'x;'; SELECT 2")).containsExactly("SELECT type'x;'", "SELECT 2");
    }

    @Test
    void doubleQuotedIdentifiers() {
        assertThat(texts("SELECT \"a;\"\"b\" FROM \"user\"; SELECT 2"))
                .containsExactly("SELECT \"a;\"\"b\" FROM \"user\"", "SELECT 2");
    }

    @Test
    void dollarQuotedBodies() {
        String function = "CREATE FUNCTION f() RETURNS int AS $$\nBEGIN\n  RETURN 1;\nEND;\n$$ LANGUAGE plpgsql";
        String tagged = "DO $body$ BEGIN PERFORM 'x;'; RAISE NOTICE $$inner;$$; END $body$";
        assertThat(texts(function + ";\n" + tagged + ";")).containsExactly(function, tagged);
    }

    @Test
    void positionalParametersAreNotDollarQuotes() {
        assertThat(texts("PREPARE p AS SELECT $1; SELECT $2, a$b$c FROM t; SELECT 3"))
                .containsExactly("PREPARE p AS SELECT $1", "SELECT $2, a$b$c FROM t", "SELECT 3");
    }

    @Test
    void lineAndNestedBlockComments() {
        assertThat(texts("SELECT 1 -- a; b\n; /* outer /* inner; */ still; */ SELECT 2;"))
                .containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void beginAtomicBodiesAreNotSplit() {
        String function = "CREATE FUNCTION inc(a int) RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n"
                + "  INSERT INTO log VALUES (a);\n  SELECT CASE WHEN a > 0 THEN a + 1 ELSE 0 END;\nEND";
        assertThat(texts(function + ";\nSELECT inc(1);")).containsExactly(function, "SELECT inc(1)");
        assertThat(texts("BEGIN; SELECT 1; COMMIT;")).containsExactly("BEGIN", "SELECT 1", "COMMIT");
    }

    @Test
    void semicolonsInsideParenthesesDoNotSplit() {
        String rule = "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2))";
        assertThat(texts(rule + "; SELECT 1")).containsExactly(rule, "SELECT 1");
    }

    @Test
    void lineNumbersCountNewlinesInsideStringsAndComments() {
        List<SqlStatement> statements = SqlStatementSplitter.split(
                "SELECT 'a\nb';\n/* x\ny */\nSELECT $$\n$$;\n\n  SELECT 3");
        assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 5, 8);
    }

    @Test
    void unterminatedStringRunsToTheEnd() {
        assertThat(texts("SELECT 1; SELECT 'oops; SELECT 2")).containsExactly("SELECT 1", "SELECT 'oops; SELECT 2");
    }
}

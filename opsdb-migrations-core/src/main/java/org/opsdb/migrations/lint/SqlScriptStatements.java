package org.opsdb.migrations.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opsdb.migrations.revision.Direction;
import org.opsdb.migrations.script.LintAllowComment;
import org.opsdb.migrations.script.SqlBlock;
import org.opsdb.migrations.script.SqlMigrationScript;
import org.opsdb.migrations.sql.SqlStatement;
import org.opsdb.migrations.sql.SqlStatementSplitter;

/**
 * The upgrade statements of an SQL script as the runtime runs them (block by block, split by
 * {@link SqlStatementSplitter}), each with its line and the allows written above it: a comment line
 * {@code -- lint: allow rule-id[, rule-id...]: reason} ({@link LintAllowComment}) silences those rules for the next
 * statement of the block.
 */
final class SqlScriptStatements {

    private SqlScriptStatements() {
    }

    /** The statements of the script's upgrade section. */
    static List<LintStatement> read(SqlMigrationScript script) {
        List<LintStatement> statements = new ArrayList<>();
        for (SqlBlock block : script.blocks(Direction.UP)) {
            Map<Integer, Map<String, String>> allows = allows(block);
            for (SqlStatement statement : SqlStatementSplitter.split(block.sql())) {
                int line = block.firstLine() + statement.line() - 1;
                Map<String, String> allowed = new LinkedHashMap<>();
                allows.entrySet().removeIf(allow -> {
                    if (allow.getKey() < line) {
                        allowed.putAll(allow.getValue());
                        return true;
                    }
                    return false;
                });
                statements.add(new LintStatement(script.source(), line, statement.sql(), block.outsideTransaction(),
                        StatementRecognizer.recognize(statement.sql()), allowed));
            }
        }
        return statements;
    }

    /** The allow comments of a block by their line in the file. */
    private static Map<Integer, Map<String, String>> allows(SqlBlock block) {
        Map<Integer, Map<String, String>> allows = new LinkedHashMap<>();
        List<String> lines = block.sql().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            int line = block.firstLine() + i;
            LintAllowComment.parse(lines.get(i)).ifPresent(allow -> {
                Map<String, String> rules = new LinkedHashMap<>();
                allow.rules().forEach(rule -> rules.put(rule, allow.reason()));
                allows.put(line, rules);
            });
        }
        return allows;
    }
}

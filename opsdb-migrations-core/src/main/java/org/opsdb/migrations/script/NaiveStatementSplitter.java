package org.opsdb.migrations.script;

import java.util.ArrayList;
import java.util.List;

/**
 * PLACEHOLDER, TO BE REPLACED by {@code org.opsdb.migrations.sql.SqlStatementSplitter} at merge. Splits on
 * semicolons that end a line and drops {@code --} comment lines; it does not understand quotes, dollar quoting
 * or block comments, so a semicolon at the end of a line inside a string or function body splits wrongly.
 */
final class NaiveStatementSplitter implements StatementSplitter {

    @Override
    public List<String> split(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(current.length() == 0 ? "" : "\n").append(line);
            if (trimmed.endsWith(";")) {
                add(statements, current);
            }
        }
        add(statements, current);
        return statements;
    }

    private static void add(List<String> statements, StringBuilder current) {
        String statement = current.toString().strip();
        while (statement.endsWith(";")) {
            statement = statement.substring(0, statement.length() - 1).strip();
        }
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
        current.setLength(0);
    }
}

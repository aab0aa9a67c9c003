package org.opsdb.migrations.lint;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opsdb.migrations.script.JavaMigrationScript;
import org.opsdb.migrations.script.MigrationScript;
import org.opsdb.migrations.script.SqlMigrationScript;

/**
 * The allows written for the statements of a revision's upgrade, read as the lint reads them: in an SQL file the
 * {@code -- lint: allow rule-id: reason} comments above each statement, in a Java migration its
 * {@code @LintAllow} annotations (which hold for all its statements). Only allows that give a reason count; the
 * lock trace uses this so that one allow silences a finding of either.
 */
public final class LintAllows {

    private final Map<Integer, Map<String, String>> byLine;
    private final Map<String, String> everywhere;

    private LintAllows(Map<Integer, Map<String, String>> byLine, Map<String, String> everywhere) {
        this.byLine = byLine;
        this.everywhere = everywhere;
    }

    /** The allows of {@code script}'s upgrade. */
    public static LintAllows of(MigrationScript script) {
        if (script instanceof SqlMigrationScript sql) {
            Map<Integer, Map<String, String>> byLine = new HashMap<>();
            for (LintStatement statement : SqlScriptStatements.read(sql)) {
                byLine.put(statement.line(), reasoned(statement.allows()));
            }
            return new LintAllows(byLine, Map.of());
        }
        Class<?> type = script instanceof JavaMigrationScript java ? java.migration().getClass() : script.getClass();
        return new LintAllows(Map.of(), reasoned(OperationStatements.allows(type)));
    }

    /** Rule id → reason for the statement starting on {@code line} of an SQL file (any line of a Java migration). */
    public Map<String, String> at(int line) {
        Map<String, String> allows = new LinkedHashMap<>(everywhere);
        allows.putAll(byLine.getOrDefault(line, Map.of()));
        return allows;
    }

    private static Map<String, String> reasoned(Map<String, String> allows) {
        Map<String, String> given = new LinkedHashMap<>(allows);
        given.values().removeIf(String::isBlank);
        return given;
    }
}

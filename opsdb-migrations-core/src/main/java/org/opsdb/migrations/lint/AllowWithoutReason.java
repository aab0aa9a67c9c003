package org.opsdb.migrations.lint;

import java.util.Map;

/** An allow ({@code -- lint: allow rule-id} or {@code @LintAllow}) that gives no reason. */
final class AllowWithoutReason extends Rule {

    AllowWithoutReason() {
        super("allow-without-reason", Severity.ERROR, "an allow must say why the hazard is acceptable",
                "-- lint: allow rule-id: <reason> (in Java, @LintAllow(rule = ..., reason = ...))");
    }

    @Override
    void check(LintStatement statement, RevisionState state, Findings findings) {
        for (Map.Entry<String, String> allow : statement.allows().entrySet()) {
            if (allow.getValue().isBlank()) {
                findings.add(new LintFinding(statement.file(), statement.line(), id(), severity(), "the allow of "
                        + allow.getKey() + " gives no reason, " + reason(), statement.file().endsWith(".java")
                        ? "@LintAllow(rule = \"" + allow.getKey() + "\", reason = \"<reason>\")"
                        : "-- lint: allow " + allow.getKey() + ": <reason>"));
            }
        }
    }
}

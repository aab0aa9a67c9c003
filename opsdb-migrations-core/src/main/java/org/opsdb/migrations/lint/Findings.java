package org.opsdb.migrations.lint;

import java.util.ArrayList;
import java.util.List;

/** Collects the findings of a lint, leaving out the ones an allow with a reason silences. */
final class Findings {

    private final List<LintFinding> found = new ArrayList<>();

    /** Reports {@code what} about {@code statement}, with the rule's reason and safe form. */
    void report(LintStatement statement, LintRule rule, String what) {
        report(statement, rule, what, rule.safeForm());
    }

    /** Reports {@code what} about {@code statement}, with the rule's reason and the given safe form. */
    void report(LintStatement statement, LintRule rule, String what, String safeForm) {
        reportAt(statement, rule, what + ", " + rule.reason(), safeForm);
    }

    /** Reports a finding whose message is given whole. */
    void reportAt(LintStatement statement, LintRule rule, String message, String safeForm) {
        String reason = statement.allows().get(rule.id());
        if (reason != null && !reason.isBlank()) {
            return;
        }
        add(new LintFinding(statement.file(), statement.line(), rule.id(), rule.severity(), message, safeForm));
    }

    /** Adds a finding no allow can silence. */
    void add(LintFinding finding) {
        found.add(finding);
    }

    /** The findings so far. */
    List<LintFinding> list() {
        return List.copyOf(found);
    }
}

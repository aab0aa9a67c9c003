package org.opsdb.migrations.lint;

/**
 * A rule with its detection: looks at one statement, in order, with the state of the revision before it. Each
 * rule is one subclass, which holds its id, reason, safe form and detection together.
 */
abstract class Rule implements LintRule {

    private final String id;
    private final Severity severity;
    private final String reason;
    private final String safeForm;

    Rule(String id, Severity severity, String reason, String safeForm) {
        this.id = id;
        this.severity = severity;
        this.reason = reason;
        this.safeForm = safeForm;
    }

    /** Reports what is hazardous in {@code statement}, given what ran before it in the revision. */
    abstract void check(LintStatement statement, RevisionState state, Findings findings);

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final String reason() {
        return reason;
    }

    @Override
    public final String safeForm() {
        return safeForm;
    }

    @Override
    public String toString() {
        return id;
    }
}

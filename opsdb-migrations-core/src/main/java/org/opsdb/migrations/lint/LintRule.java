package org.opsdb.migrations.lint;

/**
 * One lock hazard the lint looks for: its id (used in findings and allows), how bad it is, why it is a hazard and
 * what to write instead. {@link LintRules#all()} lists them.
 */
public interface LintRule {

    /** The id, e.g. {@code index-without-concurrently}. */
    String id();

    /** How bad a finding of this rule is. */
    Severity severity();

    /** Why the statement is a hazard, one short clause. */
    String reason();

    /** What to write instead, in general (a finding may name the statement's own table and columns). */
    String safeForm();
}

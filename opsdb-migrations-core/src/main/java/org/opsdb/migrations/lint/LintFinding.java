package org.opsdb.migrations.lint;

import java.util.Objects;

/**
 * One hazard found in a revision, printed on one line by {@link #line()}:
 * {@code FILE:LINE: [rule-id] what, why; safe form: ...}.
 *
 * @param file       the script as messages name it (an SQL script's resource path, a Java migration's source file)
 * @param lineNumber the 1-based line of the statement (for Java, of the {@code op.} call)
 * @param rule       the rule's id, e.g. {@code index-without-concurrently}
 * @param severity   how bad it is
 * @param message    what the statement does and why it is a hazard
 * @param safeForm   what to write instead
 */
public record LintFinding(String file, int lineNumber, String rule, Severity severity, String message,
                          String safeForm) {

    /** Validates the parts. */
    public LintFinding {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(safeForm, "safeForm");
    }

    /** The finding as one line: {@code FILE:LINE: [rule-id] what, why; safe form: ...}. */
    public String line() {
        return file + ":" + lineNumber + ": [" + rule + "] " + message + "; safe form: " + safeForm;
    }

    /** Same as {@link #line()}. */
    @Override
    public String toString() {
        return line();
    }
}

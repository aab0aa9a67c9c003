package org.opsdb.migrations.lint;

import java.util.List;

/**
 * What a lint found, in plan order (revision by revision, then by line).
 *
 * @param findings every finding that no allow silenced
 */
public record LintReport(List<LintFinding> findings) {

    /** Copies the list. */
    public LintReport {
        findings = List.copyOf(findings);
    }

    /** Whether nothing was found. */
    public boolean clean() {
        return findings.isEmpty();
    }

    /** Whether a finding is an {@link Severity#ERROR}. */
    public boolean hasErrors() {
        return findings.stream().anyMatch(finding -> finding.severity() == Severity.ERROR);
    }

    /** The findings' {@linkplain LintFinding#line() lines}. */
    public List<String> lines() {
        return findings.stream().map(LintFinding::line).toList();
    }
}

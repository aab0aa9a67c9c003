package org.opsdb.migrations.lint;

import org.opsdb.migrations.lint.StatementForm.NotAnalysed;

/** A statement of a kind the rules concern whose form the analysis cannot follow. */
final class NotAnalysedRule extends Rule {

    NotAnalysedRule() {
        super("not-analysed", Severity.WARNING, "the analysis cannot tell which locks it takes",
                "review it by hand");
    }

    @Override
    void check(LintStatement statement, RevisionState state, Findings findings) {
        if (statement.form() instanceof NotAnalysed notAnalysed) {
            findings.report(statement, this, notAnalysed.subject() + " not analysed");
        }
    }
}

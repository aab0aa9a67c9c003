package org.opsdb.migrations.lint;

import java.util.Map;
import org.opsdb.migrations.lint.StatementForm.AddEnumValue;

/**
 * {@code ALTER TYPE ... ADD VALUE} and then the new value used in the same transaction (and, before PostgreSQL
 * 12, {@code ADD VALUE} in a transaction at all).
 */
final class EnumValueUsedInTransaction extends Rule {

    EnumValueUsedInTransaction() {
        super("enum-value-used-in-transaction", Severity.ERROR,
                "PostgreSQL refuses an unsafe use of a new enum value before the commit that adds it",
                "add the value in an outside-transaction block (or its own revision)");
    }

    @Override
    void check(LintStatement statement, RevisionState state, Findings findings) {
        if (statement.outsideTransaction()) {
            return;
        }
        if (statement.form() instanceof AddEnumValue add && state.serverVersion() < 120000) {
            findings.reportAt(statement, this, "ALTER TYPE " + add.type() + " ADD VALUE '" + add.value() + "' in a"
                    + " transactional section, which PostgreSQL before 12 refuses inside a transaction block",
                    safeForm());
            return;
        }
        for (Map.Entry<String, LintStatement> added : state.enumValuesAdded().entrySet()) {
            boolean used = SqlTokenizer.tokens(statement.sql()).stream()
                    .anyMatch(token -> token.kind() == SqlToken.Kind.STRING && token.text().equals(added.getKey()));
            if (used) {
                findings.report(statement, this, "'" + added.getKey() + "' used after ALTER TYPE ADD VALUE at line "
                        + added.getValue().line() + " in the same transaction");
                return;
            }
        }
    }
}

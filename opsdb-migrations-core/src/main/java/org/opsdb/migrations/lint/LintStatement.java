package org.opsdb.migrations.lint;

import java.util.Map;

/**
 * One statement of a revision as the runtime would run it, for the rules.
 *
 * @param file               the script as findings name it
 * @param line               the 1-based line (for Java, of the {@code op.} call)
 * @param sql                the statement
 * @param outsideTransaction whether it runs in an outside-transaction block (autocommit)
 * @param form               what it does
 * @param allows             the rules an allow silences for it, each with its reason (blank: none given)
 */
record LintStatement(String file, int line, String sql, boolean outsideTransaction, StatementForm form,
                     Map<String, String> allows) {
}

package org.opsdb.migrations.sql;

/**
 * Statements that change or read only the session's settings ({@code SET}, {@code RESET}, {@code SHOW}): they leave
 * nothing in the database, and the runtime undoes their settings after each revision, so a revision that ran them
 * before it failed is not partly applied by them.
 */
public final class SessionStatements {

    private SessionStatements() {
    }

    /** Whether {@code statement} is a {@code SET}, {@code RESET} or {@code SHOW}. */
    public static boolean isSessionOnly(String statement) {
        String first = TransactionControl.leadingWords(statement, 1)[0];
        return first.equals("set") || first.equals("reset") || first.equals("show");
    }
}

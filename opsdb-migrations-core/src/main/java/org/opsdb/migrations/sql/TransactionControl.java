package org.opsdb.migrations.sql;

import java.util.Locale;

/**
 * Finds PostgreSQL's transaction control statements in a script: {@code BEGIN}, {@code START TRANSACTION},
 * {@code COMMIT}, {@code END}, {@code ROLLBACK}, {@code ABORT}, {@code PREPARE TRANSACTION},
 * {@code COMMIT PREPARED} and {@code ROLLBACK PREPARED}. Inside a transaction that the caller commits, any of them
 * would end that transaction early (or start nothing and warn). Savepoints ({@code SAVEPOINT}, {@code RELEASE},
 * {@code ROLLBACK TO}) stay inside the transaction and are not reported. Statements come from
 * {@link SqlStatementSplitter}, so the words inside strings, quoted identifiers, comments and dollar-quoted bodies
 * (a PL/pgSQL {@code BEGIN ... END}) do not count.
 */
public final class TransactionControl {

    /** The first words of the statements, lower case; a script without any of them is not split at all. */
    private static final String[] FIRST_WORDS = {"begin", "start", "commit", "end", "rollback", "abort", "prepare"};

    private TransactionControl() {
    }

    /**
     * The first transaction control statement of {@code script}, or null. The statement's {@link SqlStatement#line}
     * is the line of {@code script} it starts on.
     */
    public static SqlStatement first(String script) {
        if (!mentionsAnyFirstWord(script)) {
            return null; // the common case, decided without splitting
        }
        for (SqlStatement statement : SqlStatementSplitter.split(script)) {
            if (command(statement.sql()) != null) {
                return statement;
            }
        }
        return null;
    }

    /**
     * The transaction control command a statement is, in upper case ({@code COMMIT}, {@code START TRANSACTION},
     * {@code ROLLBACK PREPARED}, ...), or null when it is none.
     */
    public static String command(String statement) {
        String[] words = leadingWords(statement, 3);
        String first = words[0];
        String second = words[1];
        switch (first) {
            case "begin", "commit", "end", "abort" -> {
                return first.equals("commit") && second.equals("prepared") ? "COMMIT PREPARED"
                        : first.toUpperCase(Locale.ROOT);
            }
            case "rollback" -> {
                if (second.equals("prepared")) {
                    return "ROLLBACK PREPARED";
                }
                boolean noise = second.equals("work") || second.equals("transaction");
                return (noise ? words[2] : second).equals("to") ? null : "ROLLBACK";
            }
            case "start", "prepare" -> {
                return second.equals("transaction") ? first.toUpperCase(Locale.ROOT) + " TRANSACTION" : null;
            }
            default -> {
                return null;
            }
        }
    }

    /** The first {@code count} words of a statement, lower case; "" for the missing ones. */
    private static String[] leadingWords(String statement, int count) {
        String[] words = new String[count];
        int pos = 0;
        for (int w = 0; w < count; w++) {
            while (pos < statement.length() && Character.isWhitespace(statement.charAt(pos))) {
                pos++;
            }
            int start = pos;
            while (pos < statement.length() && Character.isLetter(statement.charAt(pos))) {
                pos++;
            }
            words[w] = statement.substring(start, pos).toLowerCase(Locale.ROOT);
            if (pos < statement.length() && !Character.isWhitespace(statement.charAt(pos))) {
                pos = statement.length(); // punctuation: no further words are read
            }
        }
        return words;
    }

    /** Whether any of {@link #FIRST_WORDS} occurs in the script as a whole word, in any case. */
    private static boolean mentionsAnyFirstWord(String script) {
        int n = script.length();
        for (int i = 0; i < n; i++) {
            char c = script.charAt(i);
            if (!Character.isLetter(c) || (i > 0 && isWordPart(script.charAt(i - 1)))) {
                continue;
            }
            for (String word : FIRST_WORDS) {
                int end = i + word.length();
                if (script.regionMatches(true, i, word, 0, word.length())
                        && (end == n || !isWordPart(script.charAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}

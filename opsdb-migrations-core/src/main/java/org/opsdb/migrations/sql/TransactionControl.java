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
    static String[] leadingWords(String statement, int count) {
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

    /**
     * Whether a statement may start with the first word of a transaction control statement (see {@link #candidate}): the word at the start of the script and after
     * each semicolon (past white space and comments) is compared, and nothing else is read. Semicolons and comment
     * marks inside strings or bodies only add places to look: the answer may be a wrong "yes" (which the splitter
     * then corrects), never a wrong "no". This runs for every block of every script parsed, in a JVM that is still
     * cold, so it leans on {@link String#indexOf}, which the JVM has compiled long before.
     */
    private static boolean mentionsAnyFirstWord(String script) {
        int from = 0;
        while (true) {
            int start = pastSpaceAndComments(script, from);
            if (start >= script.length()) {
                return false;
            }
            String word = candidate(script.charAt(start));
            int end = start + (word == null ? 0 : word.length());
            if (word != null && script.regionMatches(true, start, word, 0, word.length())
                    && (end == script.length() || !isWordPart(script.charAt(end)))) {
                return true;
            }
            int semicolon = script.indexOf(';', start);
            if (semicolon < 0) {
                return false;
            }
            from = semicolon + 1;
        }
    }

    /** The first position from {@code from} on that is neither white space nor in a comment. */
    private static int pastSpaceAndComments(String script, int from) {
        int pos = from;
        int n = script.length();
        while (pos < n) {
            char c = script.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (script.startsWith("--", pos)) {
                int newline = script.indexOf('\n', pos);
                pos = newline < 0 ? n : newline + 1;
            } else if (script.startsWith("/*", pos)) {
                int close = script.indexOf("*/", pos + 2); // a nested comment may end later: a wrong "yes" at most
                pos = close < 0 ? n : close + 2;
            } else {
                return pos;
            }
        }
        return n;
    }

    /**
     * The first word of a transaction control statement that starts with this letter, in lower case, or null: each
     * of them ({@code begin}, {@code start}, {@code commit}, {@code end}, {@code rollback}, {@code abort},
     * {@code prepare}) has a first letter of its own.
     */
    private static String candidate(char first) {
        return switch (first | 0x20) { // ASCII lower case
            case 'b' -> "begin";
            case 's' -> "start";
            case 'c' -> "commit";
            case 'e' -> "end";
            case 'r' -> "rollback";
            case 'a' -> "abort";
            case 'p' -> "prepare";
            default -> null;
        };
    }

    private static boolean isWordPart(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
        }
        return Character.isLetterOrDigit(c);
    }
}

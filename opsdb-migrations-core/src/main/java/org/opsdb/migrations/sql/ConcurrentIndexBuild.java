package org.opsdb.migrations.sql;

import java.util.Locale;
import java.util.Optional;

/**
 * Recognises {@code CREATE [UNIQUE] INDEX CONCURRENTLY [IF NOT EXISTS] [name] ON ...}: a statement that, when it
 * fails, leaves an INVALID index behind (PostgreSQL commits the empty index before it builds it), which keeps
 * slowing every write until it is dropped.
 */
public final class ConcurrentIndexBuild {

    private ConcurrentIndexBuild() {
    }

    /** Whether {@code statement} builds an index concurrently. */
    public static boolean is(String statement) {
        String[] words = TransactionControl.leadingWords(statement, 4);
        int at = words[1].equals("unique") ? 2 : 1;
        return words[0].equals("create") && words[at].equals("index") && words[at + 1].equals("concurrently");
    }

    /**
     * The name the statement gives its index, as PostgreSQL folds it (a bare name in lower case, a quoted one as
     * written); empty when it names none (PostgreSQL chooses one) or when it is not {@linkplain #is such a build}.
     */
    public static Optional<String> indexName(String statement) {
        if (!is(statement)) {
            return Optional.empty();
        }
        int pos = indexOfWord(statement, "concurrently") + "concurrently".length();
        pos = skipSpace(statement, pos);
        if (statement.regionMatches(true, pos, "if", 0, 2)
                && TransactionControl.leadingWords(statement.substring(pos), 3)[2].equals("exists")) {
            pos = indexOfWord(statement.substring(pos), "exists") + pos + "exists".length();
            pos = skipSpace(statement, pos);
        }
        if (pos < statement.length() && statement.charAt(pos) == '"') {
            StringBuilder name = new StringBuilder();
            for (int i = pos + 1; i < statement.length(); i++) {
                char c = statement.charAt(i);
                if (c == '"' && i + 1 < statement.length() && statement.charAt(i + 1) == '"') {
                    name.append('"');
                    i++;
                } else if (c == '"') {
                    return Optional.of(name.toString());
                } else {
                    name.append(c);
                }
            }
            return Optional.empty();
        }
        int end = pos;
        while (end < statement.length() && (Character.isLetterOrDigit(statement.charAt(end))
                || statement.charAt(end) == '_' || statement.charAt(end) == '$')) {
            end++;
        }
        String word = statement.substring(pos, end).toLowerCase(Locale.ROOT);
        return word.isEmpty() || word.equals("on") ? Optional.empty() : Optional.of(word);
    }

    private static int indexOfWord(String statement, String word) {
        return statement.toLowerCase(Locale.ROOT).indexOf(word);
    }

    private static int skipSpace(String statement, int pos) {
        while (pos < statement.length() && Character.isWhitespace(statement.charAt(pos))) {
            pos++;
        }
        return pos;
    }
}

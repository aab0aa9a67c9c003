package org.opsdb.migrations.script;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header keys of a SQL migration file, and the comment lines of a header block that are near misses of a
 * header line and therefore errors: a mistyped {@code -- down_revision} would otherwise be read as a comment and
 * silently make the revision a new base. Keys are lower case ({@code down_revision}, as Alembic spells its
 * attributes); a near miss is another spelling of a key's words (any case; {@code _}, {@code -} or a space between
 * them; one or two letters wrong or missing), Alembic's docstring names ({@code Revision ID}, {@code Revises},
 * {@code Create Date}), or a two-word key without its colon ({@code -- down_revision abc}).
 */
final class HeaderKeys {

    /** The keys, in the order messages list them. */
    static final List<String> KEYS = List.of("revision", "down_revision", "message", "create_date",
            "branch_labels", "depends_on");

    /** What Alembic's script template writes in its docstring, squashed (see {@link #squash}). */
    private static final Map<String, String> ALEMBIC_NAMES = Map.of("revisionid", "revision", "revises",
            "down_revision");

    /** The longest run of words before a colon that is checked against the keys ("Revision ID", "Create Date"). */
    private static final int MAX_WORDS = 3;

    private HeaderKeys() {
    }

    /** The known key an unknown lower-case key nearly spells, or null. */
    static String nearMiss(String key) {
        return nearest(key, false);
    }

    /**
     * The problem with a header-block comment line (one that does not read as {@code -- key: value} with a
     * lower-case key) when it is a near miss of a header line, or null when it is a plain comment such as
     * {@code -- Note: …}.
     */
    static String problem(String line) {
        int n = line.length();
        int start = 2;
        while (start < n && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < n && isKeyChar(line.charAt(end))) {
            end++;
        }
        int keyEnd = end;
        while (keyEnd > start && line.charAt(keyEnd - 1) == ' ') {
            keyEnd--;
        }
        if (end < n && line.charAt(end) == ':' && keyEnd > start) {
            String written = line.substring(start, keyEnd);
            String known = written.split(" +").length <= MAX_WORDS ? nearest(written, false) : null;
            if (known != null) {
                return "unknown header '" + written + "'; did you mean '" + known + "'?";
            }
        }
        int wordEnd = start;
        while (wordEnd < n && isKeyChar(line.charAt(wordEnd)) && line.charAt(wordEnd) != ' ') {
            wordEnd++;
        }
        if (wordEnd > start && (wordEnd == n || line.charAt(wordEnd) != ':')) {
            String word = line.substring(start, wordEnd);
            String known = nearest(word, true);
            if (known != null) {
                return "header '" + word + "' without a colon; write '-- " + known + ": VALUE'";
            }
        }
        return null;
    }

    /**
     * The key {@code written} nearly spells, or null. Without a colon ({@code bare}) only the two-word keys count,
     * and only with one letter wrong: a plain comment may well start with "revision" or "message".
     */
    private static String nearest(String written, boolean bare) {
        String squashed = squash(written);
        if (!bare && ALEMBIC_NAMES.containsKey(squashed)) {
            return ALEMBIC_NAMES.get(squashed);
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String key : KEYS) {
            if (bare && key.indexOf('_') < 0) {
                continue;
            }
            String target = squash(key);
            int allowed = bare ? 1 : target.length() >= 9 ? 2 : 1;
            int distance = distance(squashed, target);
            if (distance <= allowed && distance < bestDistance) {
                best = key;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Lower case without the separators {@code _}, {@code -} and space. */
    private static String squash(String written) {
        StringBuilder out = new StringBuilder(written.length());
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c != '_' && c != '-' && c != ' ') {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isKeyChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-' || c == ' ';
    }

    /** The Levenshtein distance: letters inserted, deleted or replaced to turn one word into the other. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

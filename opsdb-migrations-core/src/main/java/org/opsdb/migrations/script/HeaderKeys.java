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
     * {@code -- Note: …}. A key hidden by an invisible or look-alike character ({@code down\u200b_revision},
     * {@code down_rev\u0456sion}) is a near miss too, and the problem names the character.
     */
    static String problem(String line) {
        String hidden = hiddenCharacter(line);
        if (hidden != null) {
            return hidden;
        }
        String written = keyBeforeColon(line);
        String known = written != null ? nearest(written, false) : null;
        if (known != null) {
            return "unknown header '" + written + "'; did you mean '" + known + "'?";
        }
        String word = bareFirstWord(line);
        known = word != null ? nearest(word, true) : null;
        if (known != null) {
            return "header '" + word + "' without a colon; write '-- " + known + ": VALUE'";
        }
        return null;
    }

    /**
     * The key a comment line nearly is a header line of, or null: a near miss before a colon, a two-word key
     * without its colon, or either with invisible or non-ASCII characters left out.
     */
    static String keyMeant(String line) {
        String ascii = asciiOnly(line);
        String written = keyBeforeColon(ascii);
        String known = written != null ? nearest(written, false) : null;
        if (known == null) {
            String word = bareFirstWord(ascii);
            known = word != null ? nearest(word, true) : null;
        }
        return known;
    }

    /**
     * The problem with a line whose key holds a character outside printable ASCII (a zero-width space, a Cyrillic
     * look-alike letter) when, without such characters, the line is or nearly is a header line; else null.
     */
    private static String hiddenCharacter(String line) {
        int colon = line.indexOf(':');
        int end = colon < 0 ? line.length() : colon;
        int odd = -1;
        for (int i = 0; i < end && odd < 0; i++) {
            char c = line.charAt(i);
            if ((c < ' ' && c != '\t') || c > '~') {
                odd = i;
            }
        }
        if (odd < 0) {
            return null;
        }
        String known = keyMeant(line);
        if (known == null) {
            return null;
        }
        int codePoint = line.codePointAt(odd);
        String name = Character.getName(codePoint);
        return "header line '" + SectionMarkers.shown(line) + "' has " + String.format("U+%04X", codePoint)
                + (name != null ? " " + name : "") + " in its key; write '-- " + known + ":' in plain ASCII";
    }

    /** The line with non-ASCII white space as a space and every other character outside printable ASCII left out. */
    private static String asciiOnly(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c >= ' ' && c <= '~') || c == '\t') {
                out.append(c);
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    /** The words before a colon ({@code Down Revision} in {@code -- Down Revision : a1}), or null. */
    private static String keyBeforeColon(String line) {
        int n = line.length();
        int start = wordsStart(line);
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
            return written.split(" +").length <= MAX_WORDS ? written : null;
        }
        return null;
    }

    /** The first word when no colon follows it ({@code down_revision} in {@code -- down_revision a1}), or null. */
    private static String bareFirstWord(String line) {
        int n = line.length();
        int start = wordsStart(line);
        int wordEnd = start;
        while (wordEnd < n && isKeyChar(line.charAt(wordEnd)) && line.charAt(wordEnd) != ' ') {
            wordEnd++;
        }
        if (wordEnd > start && (wordEnd == n || line.charAt(wordEnd) != ':')) {
            return line.substring(start, wordEnd);
        }
        return null;
    }

    /** Where the text after {@code --} and white space starts. */
    private static int wordsStart(String line) {
        int start = 2;
        while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        return start;
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

    /**
     * The optimal string alignment distance: letters inserted, deleted or replaced, and neighbours swapped, to turn
     * one word into the other ({@code upgarde} is one off {@code upgrade}).
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}

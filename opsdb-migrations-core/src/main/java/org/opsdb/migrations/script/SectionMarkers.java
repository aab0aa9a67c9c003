package org.opsdb.migrations.script;

import java.util.ArrayList;
import java.util.List;

/**
 * The marker lines of a SQL migration file ({@code -- upgrade}, {@code -- downgrade}, {@code -- outside-transaction},
 * {@code -- end-outside-transaction}) and the comment lines that nearly are one. A near miss is an error, not a
 * comment: read as a comment, a mistyped {@code -- Downgrade} would make the downgrade's {@code DROP TABLE} part of
 * the upgrade. A comment line is a near miss when, in any case, with any spacing or punctuation, with invisible or
 * look-alike (non-ASCII) characters and with a letter or two off, its text spells a marker (
 * {@code -- DOWNGRADE}, {@code --downgrade}, {@code -- downgrade:}, {@code -- down grade}, {@code --  downgrade},
 * {@code -- downgarde}), when its first words do ({@code -- downgrade -- drops beta}, {@code -- Upgrade: …}), or when
 * it is an exact marker with white space before it.
 */
public final class SectionMarkers {

    static final String UPGRADE = "-- upgrade";
    static final String DOWNGRADE = "-- downgrade";
    /** The line that opens an outside-transaction block. */
    public static final String OUTSIDE = "-- outside-transaction";
    /** The line that closes an outside-transaction block. */
    public static final String END_OUTSIDE = "-- end-outside-transaction";

    private static final List<String> MARKERS = List.of(UPGRADE, DOWNGRADE, OUTSIDE, END_OUTSIDE);

    /** The most words at the start of a comment that are read together as one marker ("end outside transaction"). */
    private static final int MAX_WORDS = 3;

    private SectionMarkers() {
    }

    /** Whether {@code line} is exactly one of the markers. */
    static boolean isMarker(String line) {
        return MARKERS.contains(line);
    }

    /**
     * The marker a line nearly is, or null: the line (without trailing white space) is a comment, possibly after
     * white space, and not exactly a marker.
     */
    static String nearMiss(String line) {
        int start = commentStart(line);
        if (start < 0) {
            return null;
        }
        String comment = line.substring(start);
        if (start > 0 && isMarker(comment)) {
            return comment;
        }
        if (isMarker(line)) {
            return null;
        }
        List<String> words = words(comment.substring(2));
        if (words.isEmpty()) {
            return null;
        }
        String marker = near(String.join("", words));
        StringBuilder first = new StringBuilder();
        for (int i = 0; marker == null && i < Math.min(MAX_WORDS, words.size()); i++) {
            marker = near(first.append(words.get(i)).toString());
        }
        return marker;
    }

    /** Where the comment starts: the index of {@code --} after white space and invisible characters, or -1. */
    static int commentStart(String line) {
        int i = 0;
        while (i < line.length() && isBlank(line.charAt(i))) {
            i++;
        }
        return line.startsWith("--", i) ? i : -1;
    }

    /** The line as a message shows it: characters outside printable ASCII as {@code \\uXXXX}. */
    static String shown(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= ' ' && c <= '~') {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    /** The marker whose letters {@code squashed} spells with at most a few letters off (the nearest), or null. */
    private static String near(String squashed) {
        if (squashed.isEmpty()) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String marker : MARKERS) {
            String target = squash(marker.substring(3));
            int allowed = target.length() <= 7 ? 1 : target.length() <= 9 ? 2 : 3;
            if (Math.abs(target.length() - squashed.length()) > allowed) {
                continue;
            }
            int distance = HeaderKeys.distance(squashed, target);
            if (distance <= allowed && distance < bestDistance) {
                best = marker;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * The words of a comment's text, each as its ASCII letters in lower case: words are separated by white space,
     * by punctuation other than {@code -} and {@code _}, and by {@code --}; invisible and non-ASCII characters are
     * dropped from a word (so a zero-width space or a look-alike letter leaves the rest of the word to compare).
     */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean separator = isBlank(c) && Character.getType(c) != Character.FORMAT
                    || (c < 128 && !Character.isLetterOrDigit(c) && c != '-' && c != '_')
                    || text.startsWith("--", i);
            if (separator) {
                if (inWord && word.length() > 0) {
                    words.add(word.toString());
                }
                word.setLength(0);
                inWord = false;
                if (text.startsWith("--", i)) {
                    i++;
                }
                continue;
            }
            inWord = true;
            if (c < 128 && Character.isLetter(c)) {
                word.append(Character.toLowerCase(c));
            }
        }
        if (inWord && word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** The ASCII letters of a marker's text in lower case. */
    private static String squash(String text) {
        return String.join("", words(text));
    }

    /** White space of any kind, and invisible formatting characters such as a zero-width space or a BOM. */
    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }
}

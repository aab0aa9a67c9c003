package org.opsdb.migrations.graph;

/**
 * Text from a revision file made safe to show: every control character (an ANSI escape's ESC, a carriage return, a
 * line break, …) and every bidirectional override written as a hexadecimal escape (ESC as {@code \x1B}, U+202E as
 * backslash, {@code u}, {@code 202E}), so that it reaches a terminal, a Mermaid or a DOT file as text: it cannot
 * recolour, move the cursor, rewrite a line, break the file's syntax or reorder what follows.
 */
public final class PrintableText {

    private PrintableText() {
    }

    /** The text with its unprintable characters escaped; {@code null} stays {@code null}. */
    public static String of(String text) {
        if (text == null || text.codePoints().noneMatch(PrintableText::isUnprintable)) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            if (!isUnprintable(c)) {
                escaped.appendCodePoint(c);
            } else if (c <= 0xFF) {
                escaped.append(String.format("\\x%02X", c));
            } else {
                escaped.append(String.format("\\u%04X", c));
            }
        });
        return escaped.toString();
    }

    /** C0 and C1 control characters and DEL, and the bidirectional embeddings, overrides and isolates. */
    private static boolean isUnprintable(int c) {
        return Character.isISOControl(c) || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }
}

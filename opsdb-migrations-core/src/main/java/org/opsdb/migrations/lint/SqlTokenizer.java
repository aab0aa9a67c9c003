package org.opsdb.migrations.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opsdb.migrations.lint.SqlToken.Kind;

/**
 * Reads one PostgreSQL statement (as {@link org.opsdb.migrations.sql.SqlStatementSplitter} cuts it) into
 * tokens, skipping comments: words folded to lower case, double-quoted identifiers, strings ({@code '...'} with
 * {@code ''}, {@code E'...'} with backslash escapes, {@code $tag$...$tag$}), numbers and symbols. Never fails:
 * an unterminated quote runs to the end.
 */
final class SqlTokenizer {

    private final String sql;
    private final List<SqlToken> tokens = new ArrayList<>();
    private int pos;

    private SqlTokenizer(String sql) {
        this.sql = sql;
    }

    /** The tokens of {@code sql}. */
    static List<SqlToken> tokens(String sql) {
        SqlTokenizer tokenizer = new SqlTokenizer(sql);
        tokenizer.read();
        return List.copyOf(tokenizer.tokens);
    }

    private void read() {
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (sql.startsWith("--", pos)) {
                int newline = sql.indexOf('\n', pos);
                pos = newline < 0 ? sql.length() : newline + 1;
            } else if (sql.startsWith("/*", pos)) {
                skipBlockComment();
            } else if (c == '\'') {
                tokens.add(new SqlToken(Kind.STRING, quoted('\'', false)));
            } else if ((c == 'e' || c == 'E') && peek(1) == '\'') {
                pos++;
                tokens.add(new SqlToken(Kind.STRING, quoted('\'', true)));
            } else if (c == '"') {
                tokens.add(new SqlToken(Kind.QUOTED, quoted('"', false)));
            } else if (c == '$' && dollarTag() != null) {
                tokens.add(new SqlToken(Kind.STRING, dollarQuoted(dollarTag())));
            } else if (Character.isLetter(c) || c == '_') {
                int start = pos;
                while (pos < sql.length() && isWordPart(sql.charAt(pos))) {
                    pos++;
                }
                tokens.add(new SqlToken(Kind.WORD, sql.substring(start, pos).toLowerCase(Locale.ROOT)));
            } else if (Character.isDigit(c)) {
                int start = pos;
                while (pos < sql.length() && (Character.isLetterOrDigit(sql.charAt(pos)) || sql.charAt(pos) == '.')) {
                    pos++;
                }
                tokens.add(new SqlToken(Kind.NUMBER, sql.substring(start, pos)));
            } else if (c == ':' && peek(1) == ':') {
                tokens.add(new SqlToken(Kind.SYMBOL, "::"));
                pos += 2;
            } else {
                tokens.add(new SqlToken(Kind.SYMBOL, String.valueOf(c)));
                pos++;
            }
        }
    }

    private char peek(int ahead) {
        return pos + ahead < sql.length() ? sql.charAt(pos + ahead) : '\0';
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private void skipBlockComment() {
        int depth = 0;
        while (pos < sql.length()) {
            if (sql.startsWith("/*", pos)) {
                depth++;
                pos += 2;
            } else if (sql.startsWith("*/", pos)) {
                pos += 2;
                if (--depth == 0) {
                    return;
                }
            } else {
                pos++;
            }
        }
    }

    /** The content of a {@code quote}-delimited token at {@code pos} (a doubled quote is one quote). */
    private String quoted(char quote, boolean backslashEscapes) {
        StringBuilder text = new StringBuilder();
        pos++;
        while (pos < sql.length()) {
            char c = sql.charAt(pos++);
            if (backslashEscapes && c == '\\' && pos < sql.length()) {
                text.append(sql.charAt(pos++));
            } else if (c == quote) {
                if (pos < sql.length() && sql.charAt(pos) == quote) {
                    text.append(quote);
                    pos++;
                } else {
                    return text.toString();
                }
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    /** The delimiter ({@code $$} or {@code $tag$}) at {@code pos}, or null ({@code $1} is a parameter). */
    private String dollarTag() {
        int i = pos + 1;
        while (i < sql.length() && (Character.isLetter(sql.charAt(i)) || sql.charAt(i) == '_'
                || i > pos + 1 && Character.isDigit(sql.charAt(i)))) {
            i++;
        }
        return i < sql.length() && sql.charAt(i) == '$' ? sql.substring(pos, i + 1) : null;
    }

    private String dollarQuoted(String tag) {
        int start = pos + tag.length();
        int end = sql.indexOf(tag, start);
        pos = end < 0 ? sql.length() : end + tag.length();
        return sql.substring(start, end < 0 ? sql.length() : end);
    }
}

package org.opsdb.migrations.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a PostgreSQL script into statements at top-level semicolons, with a tokenizer that understands what
 * may hide a semicolon: single-quoted strings ({@code ''} escapes), {@code E''} strings (backslash escapes),
 * double-quoted identifiers, dollar-quoted bodies ({@code $$...$$}, {@code $tag$...$tag$}; {@code $1} is a
 * parameter), {@code --} and nested {@code /* *}{@code /} comments, parentheses (as psql does, for
 * {@code CREATE RULE ... DO (...; ...)}), and {@code BEGIN ATOMIC ... END} function bodies (with nested
 * {@code CASE ... END}). Empty and comment-only statements are dropped. An unterminated string, identifier or
 * comment runs to the end of the script.
 */
public final class SqlStatementSplitter {

    private final String script;
    private final List<SqlStatement> statements = new ArrayList<>();
    private int pos;
    private int countedPos;
    private int countedLine = 1;
    private int start = -1;
    private int startLine;
    private int end;
    private int parens;
    private boolean atomic;
    private int caseDepth;
    private String previousWord;

    private SqlStatementSplitter(String script) {
        this.script = script;
    }

    /** The statements of {@code script}, in order. */
    public static List<SqlStatement> split(String script) {
        SqlStatementSplitter splitter = new SqlStatementSplitter(script);
        splitter.scan();
        return List.copyOf(splitter.statements);
    }

    private void scan() {
        while (pos < script.length()) {
            char c = script.charAt(pos);
            if (c == '-' && peek(1) == '-') {
                skipLineComment();
            } else if (c == '/' && peek(1) == '*') {
                skipBlockComment();
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == ';' && parens == 0 && !atomic) {
                finish();
                pos++;
            } else {
                token(c);
                end = pos;
            }
        }
        finish();
    }

    /** Consumes one significant token starting with {@code c}. */
    private void token(char c) {
        markStart();
        if (c == '\'') {
            skipQuoted('\'', false);
            previousWord = null;
        } else if (c == '"') {
            skipQuoted('"', false);
            previousWord = null;
        } else if (c == '$' && dollarTag() != null) {
            skipDollarQuoted(dollarTag());
            previousWord = null;
        } else if (isWordStart(c)) {
            String word = readWord();
            if (word.equalsIgnoreCase("e") && peek(0) == '\'') {
                skipQuoted('\'', true);
                previousWord = null;
            } else {
                onWord(word.toLowerCase(Locale.ROOT));
            }
        } else {
            if (c == '(') {
                parens++;
            } else if (c == ')' && parens > 0) {
                parens--;
            }
            pos++;
            previousWord = null;
        }
    }

    /** Tracks {@code BEGIN ATOMIC ... END}, where semicolons do not end the statement. */
    private void onWord(String word) {
        if (!atomic && word.equals("atomic") && "begin".equals(previousWord)) {
            atomic = true;
            caseDepth = 0;
        } else if (atomic && word.equals("case")) {
            caseDepth++;
        } else if (atomic && word.equals("end")) {
            if (caseDepth > 0) {
                caseDepth--;
            } else {
                atomic = false;
            }
        }
        previousWord = word;
    }

    private void markStart() {
        if (start < 0) {
            start = pos;
            startLine = lineAt(pos);
        }
    }

    private void finish() {
        if (start >= 0) {
            statements.add(new SqlStatement(script.substring(start, end).strip(), startLine));
        }
        start = -1;
        parens = 0;
        atomic = false;
        caseDepth = 0;
        previousWord = null;
    }

    private void skipLineComment() {
        int newline = script.indexOf('\n', pos);
        pos = newline < 0 ? script.length() : newline + 1;
    }

    private void skipBlockComment() {
        int depth = 0;
        do {
            if (script.startsWith("/*", pos)) {
                depth++;
                pos += 2;
            } else if (script.startsWith("*/", pos)) {
                depth--;
                pos += 2;
            } else {
                pos++;
            }
        } while (depth > 0 && pos < script.length());
    }

    /** Skips a {@code quote}-delimited token at {@code pos}, where a doubled quote is an escaped quote. */
    private void skipQuoted(char quote, boolean backslashEscapes) {
        pos++;
        while (pos < script.length()) {
            char c = script.charAt(pos);
            if (backslashEscapes && c == '\\') {
                pos += 2;
            } else if (c == quote && peek(1) == quote) {
                pos += 2;
            } else if (c == quote) {
                pos++;
                return;
            } else {
                pos++;
            }
        }
        pos = Math.min(pos, script.length());
    }

    /** The dollar-quote delimiter ({@code $$} or {@code $tag$}) starting at {@code pos}, or {@code null}. */
    private String dollarTag() {
        int i = pos + 1;
        if (i < script.length() && isWordStart(script.charAt(i))) {
            while (i < script.length() && isTagPart(script.charAt(i))) {
                i++;
            }
        }
        return i < script.length() && script.charAt(i) == '$' ? script.substring(pos, i + 1) : null;
    }

    private void skipDollarQuoted(String tag) {
        int close = script.indexOf(tag, pos + tag.length());
        pos = close < 0 ? script.length() : close + tag.length();
    }

    private String readWord() {
        int from = pos;
        while (pos < script.length() && isWordPart(script.charAt(pos))) {
            pos++;
        }
        return script.substring(from, pos);
    }

    private char peek(int offset) {
        int i = pos + offset;
        return i < script.length() ? script.charAt(i) : '\0';
    }

    private int lineAt(int offset) {
        for (; countedPos < offset; countedPos++) {
            if (script.charAt(countedPos) == '\n') {
                countedLine++;
            }
        }
        return countedLine;
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_' || c > 127;
    }

    private static boolean isTagPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c > 127;
    }

    private static boolean isWordPart(char c) {
        return isTagPart(c) || c == '$';
    }
}

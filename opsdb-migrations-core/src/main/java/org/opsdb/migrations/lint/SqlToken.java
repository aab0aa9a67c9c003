package org.opsdb.migrations.lint;

/**
 * One token of a statement, as {@link SqlTokenizer} reads it.
 *
 * @param kind what it is
 * @param text a word in lower case, a quoted identifier or string without its quotes, else the text as written
 */
record SqlToken(Kind kind, String text) {

    /** The kinds of token. */
    enum Kind {
        /** An unquoted identifier or key word, folded to lower case as PostgreSQL folds it. */
        WORD,
        /** A double-quoted identifier, exactly as written. */
        QUOTED,
        /** A string constant ({@code '...'}, {@code E'...'}, or dollar-quoted). */
        STRING,
        /** A number. */
        NUMBER,
        /** Punctuation or an operator: {@code ( ) , . ; ::} and the like. */
        SYMBOL
    }

    /** Whether this is the key word {@code word} (given in lower case). */
    boolean is(String word) {
        return kind == Kind.WORD && text.equals(word);
    }

    /** Whether this is the symbol {@code symbol}. */
    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    /** Whether this names something: an unquoted or a quoted identifier. */
    boolean isName() {
        return kind == Kind.WORD || kind == Kind.QUOTED;
    }

    /** The token as SQL would show it again (identifiers quoted when they were). */
    String sql() {
        return switch (kind) {
            case QUOTED -> '"' + text.replace("\"", "\"\"") + '"';
            case STRING -> '\'' + text.replace("'", "''") + '\'';
            default -> text;
        };
    }
}

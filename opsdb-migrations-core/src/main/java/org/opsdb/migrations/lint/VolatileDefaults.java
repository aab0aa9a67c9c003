package org.opsdb.migrations.lint;

/**
 * Whether a column default is computed for every row (and so, added with the column, rewrites the table), as the
 * {@code volatile-default} rule decides it: the expression calls a function not known to give one value per
 * statement ({@code clock_timestamp()}, {@code gen_random_uuid()}, {@code random()}, {@code nextval(…)}). Autogenerate
 * asks the same question, so the form it writes is the one the rule accepts.
 */
public final class VolatileDefaults {

    private VolatileDefaults() {
    }

    /** Whether the default {@code expression} (SQL text, e.g. {@code clock_timestamp()}) is volatile. */
    public static boolean isVolatile(String expression) {
        return StatementRecognizer.volatileFunction(SqlTokenizer.tokens(expression)) != null;
    }
}

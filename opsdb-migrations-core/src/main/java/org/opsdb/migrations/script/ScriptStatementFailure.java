package org.opsdb.migrations.script;

/**
 * A statement of a SQL script failed: wraps what its execution threw with where the statement stands in the
 * file, so that the error can name the line.
 */
public final class ScriptStatementFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;

    ScriptStatementFailure(String source, int line, RuntimeException cause) {
        super(source + ":" + line + ": " + cause.getMessage(), cause);
        this.source = source;
        this.line = line;
    }

    /** The file the statement is in. */
    public String source() {
        return source;
    }

    /** The 1-based line of the file on which the statement starts. */
    public int line() {
        return line;
    }

    /** What the statement's execution threw. */
    @Override
    public synchronized RuntimeException getCause() {
        return (RuntimeException) super.getCause();
    }
}

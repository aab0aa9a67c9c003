package org.opsdb.migrations.shell.command;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * The output writer of a one-shot command: what a command prints is its answer, held until the command has
 * finished (so a failed command prints nothing but its error line); {@link #live()} writes to standard output at
 * once (progress while a long command runs) and {@link #notice(String)} to standard error (a remark that is not
 * the answer, e.g. "nothing to do").
 */
public final class ConsoleWriter extends PrintWriter {

    private final StringWriter answer;
    private final PrintWriter live;
    private final PrintStream err;

    /** A writer over these streams. */
    public ConsoleWriter(PrintStream out, PrintStream err) {
        this(new StringWriter(), out, err);
    }

    private ConsoleWriter(StringWriter answer, PrintStream out, PrintStream err) {
        super(answer);
        this.answer = answer;
        this.live = new PrintWriter(out, true);
        this.err = err;
    }

    /** The answer printed so far. */
    public String answer() {
        flush();
        return answer.toString();
    }

    /** A writer straight to standard output. */
    PrintWriter live() {
        return live;
    }

    /** Prints one line on standard error. */
    void notice(String line) {
        err.println(line);
        err.flush();
    }
}

package org.opsdb.migrations.shell.console;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;
import org.opsdb.migrations.shell.command.ConsoleWriter;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.exit.ExitStatusExceptionMapper;

/**
 * Runs one command and keeps the console's exit-code contract, which Spring Shell's own non-interactive runner
 * does not (it logs errors and always exits 0): exit 0 with the command's answer on standard output; on failure
 * the exit code of the error (1 unless the error says otherwise), exactly one line on standard error and on
 * standard output only the progress a long command streams (see {@link ConsoleWriter}) and what the command
 * printed before it failed (which revisions an {@code upgrade} committed). The answer is buffered until the
 * command has finished for that reason. A verdict
 * (a positive code without a message, see {@link ConsoleErrors}) prints the answer and exits with its code. An
 * answer that cannot be written (see {@link StandardOutput}) is a failure too.
 */
public final class OneShotRunner {

    private final CommandLineExecutor executor;

    /** A runner over these commands. */
    public OneShotRunner(CommandParser parser, CommandRegistry registry, ExitStatusExceptionMapper errors) {
        this.executor = new CommandLineExecutor(parser, registry, errors);
    }

    /**
     * Runs the command the words spell (as the shell received them, one word per argument).
     *
     * @return the exit code
     */
    public int run(List<String> words, PrintStream out, PrintStream err) {
        ConsoleWriter writer = new ConsoleWriter(out, err);
        ExitStatus status = executor.execute(join(words), writer, new InputReader() {
        });
        String answer = writer.answer();
        if (status.code() == 0) {
            out.print(answer);
            return written(out, err, 0);
        }
        String reason = status.description();
        if (status.code() > 0 && (reason == null || reason.isEmpty())) {
            out.print(answer);
            return written(out, err, status.code());
        }
        if (status.code() < 0) {
            // Spring Shell's own statuses (usage, availability) explain themselves in the command output
            String printed = answer.strip();
            reason = printed.isEmpty() ? reason : printed.lines().collect(Collectors.joining(" "));
        }
        else {
            // what a failing command printed is still true, e.g. the revisions an upgrade committed before it failed
            out.print(answer);
            out.flush();
        }
        return fail(err, reason, status.code() > 0 ? status.code() : ConsoleErrors.FAILURE);
    }

    /**
     * The exit code once the answer is out: a write that failed (standard output on a full disk, a closed pipe),
     * which {@link PrintStream} only records, fails the command with one line naming the cause.
     */
    private static int written(PrintStream out, PrintStream err, int code) {
        out.flush();
        return out.checkError() ? fail(err, StandardOutput.failure(out), ConsoleErrors.FAILURE) : code;
    }

    private static int fail(PrintStream err, String reason, int code) {
        err.println(reason);
        err.flush();
        return code;
    }

    /** Joins argument words into one command line, quoting words that hold spaces so they stay one word. */
    static String join(List<String> words) {
        return words.stream()
                .map(w -> w.isEmpty() || w.matches(".*[\\s\"].*")
                        ? "\"" + w.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : w)
                .collect(Collectors.joining(" "));
    }
}

package org.opsdb.migrations.shell.console;

import java.lang.reflect.InvocationTargetException;
import org.opsdb.migrations.autoconfigure.login.MissingUserHint;
import org.opsdb.migrations.error.OneLineException;
import org.opsdb.migrations.runtime.Secrets;
import org.opsdb.migrations.shell.command.UsageException;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.exit.ExitStatusExceptionMapper;

/**
 * Turns what a command threw into an {@link ExitStatus}: the exit code (the exception's own when it implements
 * {@link ExitCodeGenerator}, else 1) and one line naming the cause. The engine's exceptions (revision, script and
 * migration errors) and {@link UsageException} are {@link OneLineException}s and already carry a one-line message;
 * anything else is shown as its type and the first line of its message.
 * An {@link ExitCodeGenerator} exception without a message is a verdict (e.g. {@code check}'s 2): its status has
 * an empty description, and the one-shot runner then prints the answer and exits with that code.
 */
public final class ConsoleErrors implements ExitStatusExceptionMapper {

    /** Exit code of a failed command. */
    public static final int FAILURE = 1;

    private final MissingUserHint missingUserHint;

    /** Errors described as they are. */
    public ConsoleErrors() {
        this(null);
    }

    /** Errors described with {@code missingUserHint} after a login refused for a missing role. */
    public ConsoleErrors(MissingUserHint missingUserHint) {
        this.missingUserHint = missingUserHint;
    }

    @Override
    public ExitStatus apply(Exception exception) {
        Throwable cause = unwrap(exception);
        if (cause instanceof ExitCodeGenerator generator && generator.getExitCode() > 0
                && (cause.getMessage() == null || cause.getMessage().isBlank())) {
            // a verdict, not an error (e.g. check: 2 = differences, printed as the answer)
            return new ExitStatus(generator.getExitCode(), "");
        }
        int code = cause instanceof ExitCodeGenerator generator ? generator.getExitCode() : FAILURE;
        String line = describe(cause);
        return new ExitStatus(code <= 0 ? FAILURE : code,
                missingUserHint == null ? line : missingUserHint.appendTo(line, cause));
    }

    /** One line describing an error, with any password in it masked ({@link Secrets#mask(String)}). */
    public static String describe(Throwable error) {
        Throwable cause = unwrap(error);
        String message = cause.getMessage();
        boolean ours = cause instanceof OneLineException;
        if (message == null || message.isBlank()) {
            return cause.getClass().getSimpleName();
        }
        String line = Secrets.mask(message.strip().lines().findFirst().orElse(""));
        return ours || cause instanceof IllegalArgumentException ? line
                : cause.getClass().getSimpleName() + ": " + line;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof InvocationTargetException
                || current.getClass().getName().startsWith("org.springframework."))
                && current.getCause() != null && current.getCause() != current) {
            current = current instanceof InvocationTargetException ite ? ite.getTargetException()
                    : current.getCause();
        }
        return current;
    }
}

package org.opsdb.migrations.shell.console;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.shell.core.NonInteractiveShellRunner;
import org.springframework.shell.core.ShellRunner;

/**
 * The console's application runner, in place of Spring Shell's: an interactive session runs Spring Shell's
 * JLine runner (help, completion, input history); a one-shot invocation runs {@link OneShotRunner} and keeps
 * its exit code for {@code SpringApplication.exit}. Without an invocation (a context started some other way) it
 * opens the interactive console when {@code spring.shell.interactive.enabled} is true, else does nothing.
 */
public final class ConsoleRunner implements ApplicationRunner, ExitCodeGenerator {

    private final ConsoleInvocation invocation;
    private final ObjectProvider<ShellRunner> interactive;
    private final OneShotRunner oneShot;
    private volatile int exitCode;

    /**
     * @param invocation  what to run; {@code null} when the context was not started by the console launcher
     * @param interactive Spring Shell's interactive runner (present when {@code spring.shell.interactive.enabled})
     * @param oneShot     the one-shot runner
     */
    public ConsoleRunner(ConsoleInvocation invocation, ObjectProvider<ShellRunner> interactive,
            OneShotRunner oneShot) {
        this.invocation = invocation;
        this.interactive = interactive;
        this.oneShot = oneShot;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (invocation == null) {
            interactive.ifAvailable(runner -> {
                if (!(runner instanceof NonInteractiveShellRunner)) {
                    runInteractive(runner);
                }
            });
        }
        else if (invocation.interactive()) {
            runInteractive(interactive.getObject());
        }
        else {
            exitCode = oneShot.run(invocation.command(), StandardOutput.open(), System.err);
        }
    }

    private static void runInteractive(ShellRunner runner) {
        try {
            runner.run(new String[0]);
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}

package org.opsdb.migrations.shell.console;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.shell.core.ShellRunner;

/**
 * The console's application runner, in place of Spring Shell's: an interactive session runs Spring Shell's
 * JLine runner (help, completion, input history); a one-shot invocation runs {@link OneShotRunner} and keeps
 * its exit code for {@code SpringApplication.exit}.
 */
public final class ConsoleRunner implements ApplicationRunner, ExitCodeGenerator {

    private final ConsoleInvocation invocation;
    private final ObjectProvider<ShellRunner> interactive;
    private final OneShotRunner oneShot;
    private volatile int exitCode;

    /**
     * @param invocation  what to run
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
        if (invocation.interactive()) {
            interactive.getObject().run(new String[0]);
        }
        else {
            exitCode = oneShot.run(invocation.command(), System.out, System.err);
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}

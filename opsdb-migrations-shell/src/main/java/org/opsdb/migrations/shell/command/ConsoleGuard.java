package org.opsdb.migrations.shell.command;

import java.io.PrintStream;
import java.util.function.Supplier;
import org.opsdb.migrations.autoconfigure.guard.ProductionGuard;

/**
 * The production guard as the console applies it before every destructive command ({@code downgrade},
 * {@code stamp}, {@code roundtrip}, {@code init --drop}; not their {@code --sql} forms, which change nothing):
 * refused under a guarded profile unless {@code --allow-destructive} is given. The override is logged at WARN by
 * {@link ProductionGuard}; a one-shot console, which logs nowhere, also prints it on standard error.
 */
public final class ConsoleGuard {

    private final Supplier<ProductionGuard> guard;
    private final PrintStream warnings;

    /**
     * @param guard    the application's guard, or one over the console's environment
     * @param warnings where an override is also reported ({@code null}: only the log)
     */
    public ConsoleGuard(Supplier<ProductionGuard> guard, PrintStream warnings) {
        this.guard = guard;
        this.warnings = warnings;
    }

    /**
     * Throws a one-line {@link org.opsdb.migrations.autoconfigure.guard.ProductionProfileException} when a guarded
     * profile is active and {@code override} is false.
     *
     * @param command the command as the messages name it, e.g. {@code downgrade base}
     */
    void check(String command, boolean override) {
        guard.get().checkDestructive(command, override).ifPresent(warning -> {
            if (warnings != null) {
                warnings.println("WARN " + warning);
                warnings.flush();
            }
        });
    }
}

package org.opsdb.migrations.shell.console;

import java.util.List;

/**
 * What the console was asked to do: the words of one command to run and exit, or none for an interactive
 * session. Registered as a bean by {@link org.opsdb.migrations.shell.OpsdbConsole}.
 *
 * @param command the command words, e.g. {@code [upgrade, head, --sql]}; empty for interactive
 */
public record ConsoleInvocation(List<String> command) {

    /** Copies the words. */
    public ConsoleInvocation {
        command = List.copyOf(command);
    }

    /** Whether this is an interactive session. */
    public boolean interactive() {
        return command.isEmpty();
    }
}

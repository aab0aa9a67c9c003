package org.opsdb.migrations.shell.console;

import java.util.List;
import org.opsdb.migrations.shell.command.ConsoleCommands;

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

    /**
     * Whether the console needs the application's whole context: an interactive session, {@code script} (any
     * command may follow) and the commands that read the entity model
     * ({@link ConsoleCommands#readsEntityModel}). Every other command runs in the {@link OneShotConsole}
     * context, which starts no web server, JPA or Hibernate.
     */
    public boolean needsApplicationContext() {
        return interactive() || command.get(0).equals("script") || ConsoleCommands.readsEntityModel(command);
    }
}

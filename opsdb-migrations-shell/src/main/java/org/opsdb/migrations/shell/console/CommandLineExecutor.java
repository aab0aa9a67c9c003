package org.opsdb.migrations.shell.console;

import java.io.PrintWriter;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;
import org.springframework.shell.core.command.exit.ExitStatusExceptionMapper;

/**
 * Runs one command line: parsed by the console's parser, looked up in the registry, executed, and what it threw
 * turned into an exit status (by {@link ConsoleErrors}). A line that does not parse, or names no command, is a
 * failure with one line saying so. The one-shot runner and {@code script} both run commands through it, so a
 * command behaves the same typed on the command line or read from a file.
 */
final class CommandLineExecutor {

    private final CommandParser parser;
    private final CommandRegistry registry;
    private final ExitStatusExceptionMapper errors;

    CommandLineExecutor(CommandParser parser, CommandRegistry registry, ExitStatusExceptionMapper errors) {
        this.parser = parser;
        this.registry = registry;
        this.errors = errors;
    }

    /** Runs {@code line}, writing its answer to {@code writer}; the status says how it ended. */
    ExitStatus execute(String line, PrintWriter writer, InputReader reader) {
        ParsedInput parsed;
        try {
            parsed = parser.parse(line);
        }
        catch (RuntimeException e) {
            return new ExitStatus(ConsoleErrors.FAILURE, ConsoleErrors.describe(e));
        }
        String name = OpsdbCommandParser.name(parsed);
        Command command = registry.getCommandByName(name);
        if (command == null) {
            return new ExitStatus(ConsoleErrors.FAILURE, "Unknown command '" + name
                    + "'; run 'help' to list the commands");
        }
        try {
            return command.execute(new CommandContext(parsed, registry, writer, reader));
        }
        catch (Exception e) {
            return errors.apply(e);
        }
    }
}

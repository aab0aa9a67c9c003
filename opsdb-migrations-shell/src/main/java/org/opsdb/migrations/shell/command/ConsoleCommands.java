package org.opsdb.migrations.shell.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;

/**
 * The catalogue of console command classes and the bean names their {@code @Command} annotations refer to.
 * A new command is one {@code @Command} method in one of these classes; a new class is one entry in
 * {@link #CLASSES} plus its bean.
 */
public final class ConsoleCommands {

    /** The command classes whose {@code @Command} methods the console registers. */
    public static final List<Class<?>> CLASSES = List.of(RevisionCommands.class, MigrationCommands.class,
            ScriptCommands.class, SchemaCommands.class, InfoCommands.class);

    /** Group shown by {@code help}. */
    public static final String GROUP = "Migration Commands";

    /** Bean name of the completion provider over revision identifiers. */
    public static final String COMPLETION = "opsdbRevisionCompletion";

    /** Bean name of the mapper that turns exceptions into one-line errors and exit codes. */
    public static final String ERRORS = "opsdbConsoleErrors";

    private ConsoleCommands() {
    }

    /** The argument, or a {@link UsageException} naming the command when it is missing. */
    static String required(String value, String command) {
        if (value == null || value.isBlank()) {
            throw new UsageException("Command '" + command + "' needs a revision, e.g. '" + command + " "
                    + (command.equals("downgrade") ? "-1" : "head") + "'");
        }
        return value;
    }

    /** Every value given for a repeatable option ({@code --schema a --schema b} or {@code --schema a,b}). */
    static List<String> values(CommandContext context, String longName) {
        List<String> values = new ArrayList<>();
        for (CommandOption option : context.parsedInput().options()) {
            if (longName.equals(option.longName()) && option.value() != null) {
                Arrays.stream(option.value().split(",")).map(String::strip).filter(v -> !v.isEmpty())
                        .forEach(values::add);
            }
        }
        return values;
    }
}

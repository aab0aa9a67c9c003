package org.opsdb.migrations.shell.command;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;

/**
 * The catalogue of console command classes and the bean names their {@code @Command} annotations refer to.
 * A new command is one {@code @Command} method in one of these classes; a new class is one entry in
 * {@link #CLASSES} plus its bean.
 */
public final class ConsoleCommands {

    /** The command classes whose {@code @Command} methods the console registers. */
    public static final List<Class<?>> CLASSES = List.of(RevisionCommands.class, MigrationCommands.class,
            ScriptCommands.class, SchemaCommands.class, InfoCommands.class, GraphCommands.class,
            FleetCommands.class);

    /** Group shown by {@code help}. */
    public static final String GROUP = "Migration Commands";

    /** Bean name of the completion provider over revision identifiers. */
    public static final String COMPLETION = "opsdbRevisionCompletion";

    /** Bean name of the mapper that turns exceptions into one-line errors and exit codes. */
    public static final String ERRORS = "opsdbConsoleErrors";

    /** The commands that always read the entity model; {@code revision} does with {@code --autogenerate}. */
    private static final Set<String> ENTITY_MODEL_COMMANDS = Set.of("check", "init");

    /**
     * Commands that read any number of positional arguments themselves ({@code merge REV...}; {@code help} joins
     * them into a command of several words, {@code help fleet upgrade}).
     */
    private static final Set<String> ANY_ARGUMENTS = Set.of("merge", "help");

    /**
     * The options that may be given more than once ({@code command --option}), read with {@link #values}; every
     * other option takes one value, and giving it twice is an error (Spring Shell would keep one and drop the other).
     */
    private static final Set<String> REPEATABLE_OPTIONS = Set.of("revision --rename", "revision --depends-on",
            "diff --schema");

    private ConsoleCommands() {
    }

    /**
     * How many positional arguments each command takes: its {@code @Argument} parameters. Commands that take any
     * number ({@code merge}) are absent.
     */
    public static Map<String, Integer> positionalArguments() {
        Map<String, Integer> counts = new HashMap<>();
        for (Class<?> type : CLASSES) {
            for (Method method : type.getDeclaredMethods()) {
                Command command = AnnotatedElementUtils.findMergedAnnotation(method, Command.class);
                if (command == null) {
                    continue;
                }
                String name = String.join(" ", command.name());
                if (!ANY_ARGUMENTS.contains(name)) {
                    counts.put(name, (int) Arrays.stream(method.getParameters())
                            .filter(p -> p.isAnnotationPresent(Argument.class)).count());
                }
            }
        }
        return Map.copyOf(counts);
    }

    /**
     * Whether the command these words spell reads the entity model ({@link EntityModel}): {@code check},
     * {@code init}, {@code revision --autogenerate} and {@code fleet check}. Only those need the application's JPA
     * context.
     */
    public static boolean readsEntityModel(List<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        return ENTITY_MODEL_COMMANDS.contains(words.get(0)) || words.get(0).equals("revision")
                && words.stream().anyMatch(w -> w.equals("--autogenerate") || w.startsWith("--autogenerate="))
                || words.get(0).equals("fleet") && words.size() > 1 && words.get(1).equals("check");
    }

    /** Whether the option (by its long name) of the command may be given more than once. */
    public static boolean repeatable(String command, String longName) {
        return REPEATABLE_OPTIONS.contains(command + " --" + longName);
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
        if (!repeatable(context.parsedInput().commandName(), longName)) {
            throw new IllegalStateException("--" + longName + " of '" + context.parsedInput().commandName()
                    + "' is not declared repeatable in ConsoleCommands");
        }
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

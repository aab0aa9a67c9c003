package org.opsdb.migrations.shell.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opsdb.migrations.shell.command.ConsoleCommands;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.DefaultCommandParser;
import org.springframework.shell.core.command.ParsedInput;

/**
 * Spring Shell's parser with five fixes the migration commands need: a relative revision such as {@code -1} or
 * {@code -2:head} is an argument or option value, not an option; a boolean flag before the argument
 * ({@code upgrade --sql head}) does not take the argument as its value; an option the command does not declare
 * is an error (Spring Shell ignores it silently, so a typo such as {@code --sq} would run the real thing); so is a
 * positional argument beyond those the command takes ({@code stamp base c30000000003} would stamp base), and an
 * option given twice that takes one value ({@code revision -m one -m two} would drop {@code two}; the repeatable
 * ones are listed in {@link ConsoleCommands#repeatable}).
 */
public final class OpsdbCommandParser implements CommandParser {

    private static final String WORD_SPLIT = "\\s+(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)";

    private final CommandRegistry registry;
    private final DefaultCommandParser delegate;
    private final Map<String, Integer> positionalArguments = positionalArguments();

    /** A parser for the commands of this registry. */
    public OpsdbCommandParser(CommandRegistry registry) {
        this.registry = registry;
        this.delegate = new DefaultCommandParser(registry);
    }

    @Override
    public ParsedInput parse(String input) {
        List<String> words = Arrays.stream(input.strip().split(WORD_SPLIT))
                .map(word -> word.matches("-\\d.*") ? "\"" + word + "\"" : word)
                .toList();
        rejectUnknownOptions(words);
        ParsedInput parsed = delegate.parse(String.join(" ", primitiveDefaults(valuedFlags(words))));
        rejectSurplusArguments(parsed);
        rejectRepeatedOptions(parsed);
        return parsed;
    }

    /** How many positional arguments each command takes: the annotated commands' and {@code script}'s none. */
    private static Map<String, Integer> positionalArguments() {
        Map<String, Integer> counts = new HashMap<>(ConsoleCommands.positionalArguments());
        counts.put(ScriptFileCommand.NAME, 0);
        return Map.copyOf(counts);
    }

    private void rejectRepeatedOptions(ParsedInput parsed) {
        String name = name(parsed);
        Command command = registry.getCommandByName(name);
        if (command == null) {
            return;
        }
        Set<CommandOption> given = new HashSet<>();
        for (CommandOption option : parsed.options()) {
            String written = option.longName() != null && !option.longName().isEmpty() ? "--" + option.longName()
                    : "-" + option.shortName();
            CommandOption declared = command.getOptions().stream().filter(o -> o.isOptionEqual(written)).findFirst()
                    .orElse(null);
            if (declared != null && !ConsoleCommands.repeatable(name, declared.longName()) && !given.add(declared)) {
                boolean shortForm = declared.shortName() != ' ' && declared.shortName() != 0;
                throw new IllegalArgumentException("Option '--" + declared.longName() + "'"
                        + (shortForm ? " (-" + declared.shortName() + ")" : "") + " given twice for command '" + name
                        + "', which takes it once; run 'help " + name + "' for its usage");
            }
        }
    }

    /** The command a parsed line names: its name and sub-command words, e.g. {@code upgrade}. */
    static String name(ParsedInput parsed) {
        return parsed.subCommands().isEmpty() ? parsed.commandName()
                : parsed.commandName() + " " + String.join(" ", parsed.subCommands());
    }

    private void rejectSurplusArguments(ParsedInput parsed) {
        String name = name(parsed);
        Integer takes = positionalArguments.get(name);
        if (takes == null || parsed.arguments().size() <= takes) {
            return;
        }
        String surplus = parsed.arguments().get(takes).value();
        throw new IllegalArgumentException("Unexpected argument '" + surplus + "' for command '" + name + "', which"
                + " takes " + (takes == 0 ? "none" : takes == 1 ? "one" : String.valueOf(takes)) + "; run 'help "
                + name + "' for its usage");
    }

    /**
     * The words with {@code true} after each boolean flag that is not followed by its value, so that a flag
     * before the argument ({@code upgrade --sql head}) does not take the argument as its value.
     */
    private List<String> valuedFlags(List<String> words) {
        Command command = command(words);
        if (command == null) {
            return words;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            out.add(word);
            boolean flag = word.startsWith("--") && !word.contains("=") && command.getOptions().stream()
                    .anyMatch(o -> declares(o, word) && (o.type() == boolean.class || o.type() == Boolean.class));
            if (flag && i + 1 < words.size() && !words.get(i + 1).matches("(?i)true|false")) {
                out.add("true");
            }
        }
        return out;
    }

    /**
     * The words with each option of a primitive type that the line leaves out given the value Spring Shell would give
     * it ({@code upgrade head --sql false}): Spring Shell fills such an option through its {@code Utils} class, whose
     * first use builds a Bean Validation provider, a quarter of a second of a one-shot command. Not for a request
     * for help ({@code upgrade --help}).
     */
    private List<String> primitiveDefaults(List<String> words) {
        Command command = command(words);
        if (command == null || words.contains("--help") || words.contains("-h") || words.contains("--")) {
            return words;
        }
        List<String> out = new ArrayList<>(words);
        for (CommandOption option : command.getOptions()) {
            Object unset = PRIMITIVE_DEFAULTS.get(option.type());
            if (unset != null && option.longName() != null && !option.longName().isEmpty()
                    && words.stream().noneMatch(word -> declares(option, word))) {
                out.add("--" + option.longName());
                out.add(unset.toString());
            }
        }
        return out;
    }

    /** The value Spring Shell gives an option of a primitive type that is not given. */
    private static final Map<Class<?>, Object> PRIMITIVE_DEFAULTS = Map.of(boolean.class, false, int.class, 0,
            long.class, 0L, short.class, 0, byte.class, 0, double.class, 0.0, float.class, 0.0f);

    private void rejectUnknownOptions(List<String> words) {
        Command command = command(words);
        String last = words.get(words.size() - 1);
        if (command == null || words.size() == command.getName().split(" ").length + 1
                && (last.equals("--help") || last.equals("-h"))) {
            return;
        }
        for (String word : words.subList(1, words.size())) {
            if (word.equals("--")) {
                return;
            }
            if (word.startsWith("-") && command.getOptions().stream().noneMatch(o -> declares(o, word))) {
                String option = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
                throw new IllegalArgumentException("Unknown option '" + option + "' for command '"
                        + command.getName() + "'; run 'help " + command.getName() + "' to list its options");
            }
        }
    }

    /**
     * The command the first words name: the longest run of them that is a command's name, so that a command of
     * several words ({@code fleet upgrade}) is found, not only one of one word; {@code null} when none is.
     */
    private Command command(List<String> words) {
        for (int n = words.size(); n > 0; n--) {
            Command command = registry.getCommandByName(String.join(" ", words.subList(0, n)));
            if (command != null) {
                return command;
            }
        }
        return null;
    }

    private static boolean declares(CommandOption declared, String word) {
        String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
        return declared.isOptionEqual(name);
    }
}

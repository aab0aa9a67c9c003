package org.opsdb.migrations.shell.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.opsdb.migrations.shell.command.ConsoleCommands;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.DefaultCommandParser;
import org.springframework.shell.core.command.ParsedInput;

/**
 * Spring Shell's parser with four fixes the migration commands need: a relative revision such as {@code -1} or
 * {@code -2:head} is an argument or option value, not an option; a boolean flag before the argument
 * ({@code upgrade --sql head}) does not take the argument as its value; an option the command does not declare
 * is an error (Spring Shell ignores it silently, so a typo such as {@code --sq} would run the real thing); so is a
 * positional argument beyond those the command takes ({@code stamp base c30000000003} would stamp base).
 */
public final class OpsdbCommandParser implements CommandParser {

    private static final String WORD_SPLIT = "\\s+(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)";

    private final CommandRegistry registry;
    private final DefaultCommandParser delegate;
    private final Map<String, Integer> positionalArguments = ConsoleCommands.positionalArguments();

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
        ParsedInput parsed = delegate.parse(String.join(" ", valuedFlags(words)));
        rejectSurplusArguments(parsed);
        return parsed;
    }

    private void rejectSurplusArguments(ParsedInput parsed) {
        String name = parsed.subCommands().isEmpty() ? parsed.commandName()
                : parsed.commandName() + " " + String.join(" ", parsed.subCommands());
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
        Command command = registry.getCommandByName(words.get(0));
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

    private void rejectUnknownOptions(List<String> words) {
        Command command = registry.getCommandByName(words.get(0));
        if (command == null || words.size() == 2 && (words.get(1).equals("--help") || words.get(1).equals("-h"))) {
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

    private static boolean declares(CommandOption declared, String word) {
        String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
        return declared.isOptionEqual(name);
    }
}

package org.opsdb.migrations.shell.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.DefaultCommandParser;
import org.springframework.shell.core.command.ParsedInput;

/**
 * Spring Shell's parser with three fixes the migration commands need: a relative revision such as {@code -1} or
 * {@code -2:head} is an argument or option value, not an option; a boolean flag before the argument
 * ({@code upgrade --sql head}) does not take the argument as its value; and an option the command does not declare
 * is an error (Spring Shell ignores it silently, so a typo such as {@code --sq} would run the real thing).
 */
public final class OpsdbCommandParser implements CommandParser {

    private static final String WORD_SPLIT = "\\s+(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)";

    private final CommandRegistry registry;
    private final DefaultCommandParser delegate;

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
        return delegate.parse(String.join(" ", valuedFlags(words)));
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

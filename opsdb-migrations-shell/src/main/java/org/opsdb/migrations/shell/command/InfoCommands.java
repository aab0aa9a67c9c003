package org.opsdb.migrations.shell.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.annotation.Argument;

/**
 * {@code help} and {@code version}, in place of Spring Shell's (whose synopses lack the positional argument and
 * print option types): {@code help} lists the commands, {@code help COMMAND} prints its synopsis (the first line
 * of the command's {@code help} text, e.g. {@code upgrade [--sql] <revision>}), notes and options;
 * {@code version} prints this project's version, read from a resource the build writes.
 */
public class InfoCommands {

    /** Group shown by {@code help}, with Spring Shell's {@code clear}, {@code quit} and our {@code script}. */
    static final String GROUP = "Built-In Commands";

    /** The resource holding {@code version=…}, filled in by the build. */
    static final String VERSION_RESOURCE = "/org/opsdb/migrations/shell/version.properties";

    /** {@code help [COMMAND]}. */
    @org.springframework.shell.core.command.annotation.Command(name = "help",
            description = "List the commands, or show one command's usage and options", help = "help [<command>]",
            group = InfoCommands.GROUP, exitStatusExceptionMapper = ConsoleCommands.ERRORS)
    public void help(CommandContext context, @Argument(index = 0, description = "a command") String first) {
        String name = String.join(" ", context.parsedInput().arguments().stream().map(a -> a.value())
                .filter(v -> v != null && !v.isBlank()).toList());
        if (name.isBlank()) {
            ConsoleOutput.print(context, list(context.commandRegistry().getCommands()));
            return;
        }
        Command command = context.commandRegistry().getCommandByName(name);
        if (command == null) {
            throw new UsageException("Unknown command '" + name + "'; run 'help' to list the commands");
        }
        ConsoleOutput.print(context, usage(command));
    }

    /** {@code version}: {@code opsdb-migrations VERSION}. */
    @org.springframework.shell.core.command.annotation.Command(name = "version",
            description = "Show the version of opsdb-migrations", help = "version", group = InfoCommands.GROUP,
            exitStatusExceptionMapper = ConsoleCommands.ERRORS)
    public void version(CommandContext context) {
        ConsoleOutput.print(context, "opsdb-migrations " + version());
    }

    /** This project's version, as the build wrote it. */
    static String version() {
        try (InputStream in = InfoCommands.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The console's build left out " + VERSION_RESOURCE);
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String list(java.util.Collection<Command> commands) {
        Map<String, List<Command>> groups = new TreeMap<>();
        commands.stream().filter(c -> !c.isHidden()).sorted(Comparator.comparing(Command::getName))
                .forEach(c -> groups.computeIfAbsent(c.getGroup(), g -> new ArrayList<>()).add(c));
        int width = commands.stream().mapToInt(c -> c.getName().length()).max().orElse(0) + 2;
        StringBuilder text = new StringBuilder();
        groups.forEach((group, members) -> {
            text.append(group).append('\n');
            members.forEach(c -> text.append("  ").append(pad(c.getName(), width)).append(c.getDescription())
                    .append('\n'));
        });
        return text.append("Run 'help <command>' for a command's usage and options.").toString();
    }

    private static String usage(Command command) {
        List<String> help = command.getHelp() == null ? List.of() : command.getHelp().lines().toList();
        String synopsis = help.isEmpty() || help.get(0).isBlank() ? command.getName() : help.get(0);
        StringBuilder text = new StringBuilder("Usage: ").append(synopsis).append("\n\n")
                .append(command.getDescription()).append('\n');
        help.stream().skip(1).forEach(line -> text.append(line).append('\n'));
        List<CommandOption> options = command.getOptions().stream()
                .filter(o -> o.longName() != null && !o.longName().equals("help")).toList();
        if (!options.isEmpty()) {
            List<String> names = options.stream().map(InfoCommands::optionName).toList();
            int width = names.stream().mapToInt(String::length).max().orElse(0) + 2;
            text.append("\nOptions:\n");
            for (int i = 0; i < options.size(); i++) {
                text.append("  ").append(pad(names.get(i), width)).append(options.get(i).description()).append('\n');
            }
        }
        return text.toString();
    }

    private static String optionName(CommandOption option) {
        String value = option.type() == boolean.class || option.type() == Boolean.class ? ""
                : " <" + option.longName() + ">";
        return (option.shortName() != ' ' && option.shortName() != 0 ? "-" + option.shortName() + ", " : "")
                + "--" + option.longName() + value;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(1, width - text.length()));
    }
}

package org.opsdb.migrations.shell.console;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.opsdb.migrations.runtime.Secrets;
import org.opsdb.migrations.shell.command.ConsoleWriter;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.ExitStatus;

/**
 * {@code script --file FILE}: runs the commands in a file, one per line, in place of Spring Shell's {@code script}
 * (which logs a failing command and goes on with the next, and exits 0). The first command that fails or is
 * refused stops the script: its exit code is the command's (1 for an error), with one line naming the file, the
 * line and the command, then the command's own reason: {@code deploy.opsdb:3: 'upgrade -1': Relative revision -1
 * can't be an upgrade target; …}. What the commands before it printed stays on standard output (they ran).
 * Blank lines and lines starting with {@code #} or {@code //} are skipped; a line ending in {@code \} goes on
 * on the next one.
 */
public final class ScriptFileCommand implements Command {

    /** The command's name. */
    public static final String NAME = "script";

    private static final String FILE_OPTION = "file";

    private final CommandLineExecutor executor;
    private final Set<Path> running = new HashSet<>();

    /** A {@code script} command that runs each line through the console's parser and commands. */
    ScriptFileCommand(CommandLineExecutor executor) {
        this.executor = executor;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getDescription() {
        return "Run the commands in a file, one per line; stop at the first that fails";
    }

    @Override
    public String getHelp() {
        return "script --file <file>\nEach line is one command; blank lines and lines starting with # or // are"
                + " skipped; a line ending in \\ continues on the next.";
    }

    @Override
    public String getGroup() {
        return "Built-In Commands";
    }

    @Override
    public List<CommandOption> getOptions() {
        return List.of(CommandOption.with().longName(FILE_OPTION).shortName('f').type(String.class)
                .description("the file of commands").build());
    }

    @Override
    public ExitStatus execute(CommandContext context) {
        String file = context.parsedInput().options().stream()
                .filter(o -> FILE_OPTION.equals(o.longName()) || o.shortName() == 'f')
                .map(CommandOption::value).filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
        if (file == null) {
            return failure("Command 'script' needs a file: script --file FILE");
        }
        Path path = Path.of(file).toAbsolutePath().normalize();
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return failure("Script file " + file + " does not exist (" + path + ")");
        } catch (IOException e) {
            return failure("Script file " + file + " cannot be read: " + e.getMessage());
        }
        if (!running.add(path)) {
            return failure("Script file " + file + " is already running; a script cannot run itself");
        }
        try {
            return run(context, file, lines);
        } finally {
            running.remove(path);
        }
    }

    private ExitStatus run(CommandContext context, String file, List<String> lines) {
        StringBuilder command = new StringBuilder();
        int first = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (command.isEmpty()) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#") || text.startsWith("//")) {
                    continue;
                }
                first = i + 1;
            }
            boolean continued = line.stripTrailing().endsWith("\\");
            command.append(continued ? line.stripTrailing().substring(0, line.stripTrailing().length() - 1) + " "
                    : line);
            if (continued && i + 1 < lines.size()) {
                continue;
            }
            String text = command.toString().strip();
            command.setLength(0);
            ExitStatus status = runLine(context, text);
            if (status.code() != 0) {
                return new ExitStatus(status.code() > 0 ? status.code() : ConsoleErrors.FAILURE,
                        file + ":" + first + ": '" + shown(text) + "': " + status.description());
            }
        }
        return ExitStatus.OK;
    }

    /** Runs one command; a failure's reason is its description, or what it printed (Spring Shell's own statuses). */
    private ExitStatus runLine(CommandContext context, String text) {
        PrintWriter writer = context.outputWriter();
        int printed = writer instanceof ConsoleWriter console ? console.answer().length() : -1;
        ExitStatus status = executor.execute(text, writer, context.inputReader());
        if (status.code() > 0 && (status.description() == null || status.description().isEmpty())) {
            // a verdict such as check's 2: its answer is printed, the script stops with its code
            return new ExitStatus(status.code(), "exit code " + status.code());
        }
        if (status.code() >= 0) {
            return status;
        }
        // Spring Shell's own statuses (usage, availability) explain themselves in what the command printed
        String said = printed >= 0 ? ((ConsoleWriter) writer).answer().substring(printed).strip() : "";
        return new ExitStatus(ConsoleErrors.FAILURE, said.isEmpty() ? status.description()
                : String.join(" ", said.lines().toList()));
    }

    /** The command as the error line shows it: passwords (in URLs and in {@code --…password} options) masked. */
    private static String shown(String command) {
        return Secrets.mask(command.replaceAll("(--[\\w-]*password(?:=|\\s+))(\"[^\"]*\"|\\S+)", "$1***"));
    }

    private static ExitStatus failure(String reason) {
        return new ExitStatus(ConsoleErrors.FAILURE, reason);
    }
}

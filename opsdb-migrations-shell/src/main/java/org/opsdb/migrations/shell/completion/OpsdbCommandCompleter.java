package org.opsdb.migrations.shell.completion;

import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.jline.CommandCompleter;

/**
 * Tab completion for the console. Command names go to Spring Shell's completer (this replaces its bean); once a command is typed, this
 * completes its options and, through the command's completion provider, its argument or option value even when
 * part of it is typed ({@code show 6f<TAB>}), which Spring Shell 4.0's completer does not do: it looks the
 * command up by every word on the line, so a partly typed argument hides the command.
 */
public final class OpsdbCommandCompleter extends CommandCompleter {

    private final CommandRegistry registry;

    /** Completes the commands of this registry. */
    public OpsdbCommandCompleter(CommandRegistry registry) {
        super(registry);
        this.registry = registry;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        Command command = line.wordIndex() > 0 ? registry.getCommandByName(words.get(0)) : null;
        if (command == null) {
            super.complete(reader, line, candidates);
            return;
        }
        String current = line.word().substring(0, line.wordCursor());
        if (current.startsWith("--") || current.equals("-")) {
            for (CommandOption option : command.getOptions()) {
                if (option.longName() != null && !option.longName().isEmpty()
                        && !words.contains("--" + option.longName())) {
                    candidates.add(new Candidate("--" + option.longName(), "--" + option.longName(), null,
                            option.description(), null, null, true));
                }
            }
            return;
        }
        CommandOption option = optionBefore(command, words, line.wordIndex());
        CompletionContext context = new CompletionContext(words, line.wordIndex(), line.wordCursor(), command,
                option);
        for (CompletionProposal proposal : command.getCompletionProvider().apply(context)) {
            candidates.add(new Candidate(proposal.value(), proposal.displayText(), proposal.category(),
                    proposal.description(), null, null, proposal.complete()));
        }
    }

    private static CommandOption optionBefore(Command command, List<String> words, int index) {
        if (index < 2) {
            return null;
        }
        String previous = words.get(index - 1);
        return command.getOptions().stream().filter(o -> o.isOptionEqual(previous)).findFirst().orElse(null);
    }
}

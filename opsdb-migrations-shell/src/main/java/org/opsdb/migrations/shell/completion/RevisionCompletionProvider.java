package org.opsdb.migrations.shell.completion;

import java.util.ArrayList;
import java.util.List;
import org.opsdb.migrations.revision.Revision;
import org.opsdb.migrations.revision.RevisionGraph;
import org.opsdb.migrations.shell.source.MigrationsSource;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;

/**
 * Completes revision identifiers from the loaded graph: {@code head}, {@code heads}, {@code base}, every
 * revision id (described by its message), every branch label and {@code label@head}. Offered for a command's
 * argument and for the {@code -r/--rev-range} value; a broken graph completes only the keywords.
 */
public final class RevisionCompletionProvider implements CompletionProvider {

    private static final List<String> KEYWORDS = List.of("head", "heads", "base");

    private final MigrationsSource source;

    /** Completes identifiers of the graph this source loads. */
    public RevisionCompletionProvider(MigrationsSource source) {
        this.source = source;
    }

    @Override
    public List<CompletionProposal> apply(CompletionContext context) {
        CommandOption option = context.getCommandOption();
        boolean wantsRevision = option == null || "rev-range".equals(option.longName())
                || option.type() == boolean.class || option.type() == Boolean.class;
        String word = context.currentWordUpToCursor();
        if (!wantsRevision || (word != null && word.startsWith("-") && !word.matches("-\\d*"))) {
            return List.of();
        }
        List<CompletionProposal> proposals = new ArrayList<>();
        KEYWORDS.forEach(keyword -> proposals.add(new CompletionProposal(keyword)));
        graph().ifPresent(graph -> {
            for (Revision revision : graph.all()) {
                proposals.add(new CompletionProposal(revision.id()).description(revision.message()));
                for (String label : revision.branchLabels()) {
                    proposals.add(new CompletionProposal(label));
                    proposals.add(new CompletionProposal(label + "@head"));
                }
            }
        });
        return proposals;
    }

    private java.util.Optional<RevisionGraph> graph() {
        try {
            return java.util.Optional.of(source.load().graph());
        }
        catch (RuntimeException brokenGraph) {
            return java.util.Optional.empty();
        }
    }
}

package org.opsdb.migrations.shell.command;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.graph.GraphFormat;
import org.opsdb.migrations.graph.GraphModel;
import org.opsdb.migrations.revision.Revision;
import org.opsdb.migrations.shell.source.MigrationsSource;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/**
 * {@code graph}: the revision graph as a picture ({@link GraphFormat}): a drawing for the terminal in the style of
 * {@code git log --graph} by default, Mermaid {@code flowchart} or Graphviz DOT text to paste into documents. With
 * a database, its current revisions are marked; without one (none configured) the picture is drawn all the same,
 * as {@code history} lists without one; a configured database that cannot be read is one note on standard error.
 */
public class GraphCommands {

    private final MigrationsSource source;

    /** The command over the migrations the source loads. */
    public GraphCommands(MigrationsSource source) {
        this.source = source;
    }

    /** {@code graph [--format text|mermaid|dot] [-r FROM:TO] [--collapse]}. */
    @Command(name = "graph", description = "Draw the revision graph (text, Mermaid or Graphviz DOT)",
            help = "graph [--format text|mermaid|dot] [-r <from>:<to>] [--collapse]\nNewest first, like 'history';"
                    + " marks heads, branch labels, depends_on (dashed in mermaid and dot) and, with a database, its"
                    + " current revisions\n--collapse folds runs of 3 or more plain revisions into one node",
            group = ConsoleCommands.GROUP, completionProvider = ConsoleCommands.COMPLETION,
            exitStatusExceptionMapper = ConsoleCommands.ERRORS)
    public void graph(CommandContext context,
            @Option(longName = "format", description = "text (the default), mermaid or dot") String format,
            @Option(longName = "rev-range", shortName = 'r', description = "range FROM:TO") String range,
            @Option(longName = "collapse", description = "fold runs of 3 or more plain revisions") boolean collapse) {
        GraphFormat picture = format(format);
        Migrations migrations = source.load();
        Set<String> current = current(context, migrations);
        GraphModel model = GraphModel.of(migrations.graph(), migrations.history(range), current);
        ConsoleOutput.print(context, picture.render(collapse ? model.collapsed() : model));
    }

    private static GraphFormat format(String name) {
        try {
            return name == null ? GraphFormat.TEXT : GraphFormat.of(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The database's current revisions; none without a database, and a note when it cannot be read. */
    private static Set<String> current(CommandContext context, Migrations migrations) {
        if (migrations.dataSource().isEmpty()) {
            return Set.of();
        }
        try {
            return migrations.current().stream().map(Revision::id)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        } catch (RuntimeException unreadable) {
            ConsoleOutput.notice(context, "Not marking the database's current revisions: "
                    + String.valueOf(unreadable.getMessage()).lines().findFirst().orElse(""));
            return Set.of();
        }
    }
}

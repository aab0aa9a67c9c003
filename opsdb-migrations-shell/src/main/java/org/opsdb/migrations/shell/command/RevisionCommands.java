package org.opsdb.migrations.shell.command;

import java.util.List;
import java.util.stream.Collectors;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.revision.Revision;
import org.opsdb.migrations.shell.format.RevisionFormatter;
import org.opsdb.migrations.shell.source.MigrationsSource;
import org.opsdb.migrations.status.MigrationStatusReader;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/**
 * Commands that read the revision graph and the version table without changing anything: {@code current},
 * {@code heads}, {@code branches}, {@code history}, {@code show}. Output follows {@code alembic}'s commands of
 * the same names; {@code current} and {@code heads} ask the core's {@link MigrationStatusReader}, as the starter's
 * actuator endpoint and the test kit do.
 */
public class RevisionCommands {

    private final MigrationsSource source;

    /** Commands over the migrations the source loads. */
    public RevisionCommands(MigrationsSource source) {
        this.source = source;
    }

    /** {@code current}: the revisions in the database's version table. */
    @Command(name = "current", description = "Show the revision(s) the database is at",
            help = "current", group = ConsoleCommands.GROUP,
            exitStatusExceptionMapper = ConsoleCommands.ERRORS)
    public void current(CommandContext context) {
        Migrations migrations = source.load();
        RevisionFormatter format = new RevisionFormatter(migrations.graph());
        List<Revision> current = new MigrationStatusReader(migrations).current();
        if (current.isEmpty()) {
            ConsoleOutput.notice(context, "The database is at base: no revision applied");
            return;
        }
        ConsoleOutput.print(context, lines(current, format::headLine));
    }

    /** {@code heads}: the heads of the revision graph. */
    @Command(name = "heads", description = "Show the heads of the revision graph", help = "heads",
            group = ConsoleCommands.GROUP, exitStatusExceptionMapper = ConsoleCommands.ERRORS)
    public void heads(CommandContext context) {
        Migrations migrations = source.load();
        RevisionFormatter format = new RevisionFormatter(migrations.graph());
        ConsoleOutput.print(context, lines(new MigrationStatusReader(migrations).heads(), format::headLine));
    }

    /** {@code branches}: each branch point with the revisions it branches into. */
    @Command(name = "branches", description = "Show the branch points of the revision graph",
            help = "branches", group = ConsoleCommands.GROUP,
            exitStatusExceptionMapper = ConsoleCommands.ERRORS)
    public void branches(CommandContext context) {
        Migrations migrations = source.load();
        RevisionFormatter format = new RevisionFormatter(migrations.graph());
        List<Revision> points = migrations.history(null).stream()
                .filter(r -> migrations.graph().branchPoints().contains(r.id())).toList();
        ConsoleOutput.print(context, points.stream().map(format::branchBlock).collect(Collectors.joining("\n")));
    }

    /** {@code history [--verbose] [-r FROM:TO]}: revisions newest first. */
    @Command(name = "history", description = "List revisions, newest first",
            help = "history [--verbose] [-r <from>:<to>]", group = ConsoleCommands.GROUP,
            completionProvider = ConsoleCommands.COMPLETION, exitStatusExceptionMapper = ConsoleCommands.ERRORS)
    public void history(CommandContext context,
            @Option(longName = "verbose", shortName = 'v', description = "show every field") boolean verbose,
            @Option(longName = "rev-range", shortName = 'r', description = "range FROM:TO") String range) {
        Migrations migrations = source.load();
        RevisionFormatter format = new RevisionFormatter(migrations.graph());
        List<Revision> revisions = migrations.history(range);
        ConsoleOutput.print(context, verbose
                ? revisions.stream().map(format::verboseBlock).collect(Collectors.joining("\n"))
                : lines(revisions, format::historyLine));
    }

    /** {@code show REV}: the full description of the revision(s) an identifier names. */
    @Command(name = "show", description = "Show a revision in full", help = "show <revision>",
            group = ConsoleCommands.GROUP, completionProvider = ConsoleCommands.COMPLETION,
            exitStatusExceptionMapper = ConsoleCommands.ERRORS)
    public void show(CommandContext context, @Argument(index = 0, description = "revision") String revision) {
        String identifier = ConsoleCommands.required(revision, "show");
        Migrations migrations = source.load();
        RevisionFormatter format = new RevisionFormatter(migrations.graph());
        ConsoleOutput.print(context,
                migrations.show(identifier).stream().map(format::verboseBlock).collect(Collectors.joining("\n")));
    }

    private static String lines(List<Revision> revisions, java.util.function.Function<Revision, String> line) {
        return revisions.stream().map(line).collect(Collectors.joining("\n"));
    }
}

package org.opsdb.migrations.shell.command;

import java.io.PrintWriter;
import java.util.List;
import java.util.TreeSet;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.revision.Direction;
import org.opsdb.migrations.roundtrip.CompletedLeg;
import org.opsdb.migrations.roundtrip.RoundTrip;
import org.opsdb.migrations.roundtrip.RoundTripLeg;
import org.opsdb.migrations.runtime.MigrationException;
import org.opsdb.migrations.runtime.MigrationResult;
import org.opsdb.migrations.shell.format.RevisionFormatter;
import org.opsdb.migrations.shell.format.StepProgress;
import org.opsdb.migrations.shell.source.MigrationsSource;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/**
 * Commands that move the database: {@code upgrade}, {@code downgrade}, {@code stamp}, {@code migrate} and the
 * CI check {@code roundtrip}. With {@code --sql} they print the SQL they would run and change nothing. Online,
 * each revision is shown as it runs ({@link StepProgress}), then one summary line; a run that fails says on
 * standard output which revisions it committed before the failure. {@code upgrade} to a revision below the current
 * head is refused (that is a downgrade), as {@code downgrade} to one that is not applied is. Under a guarded profile {@code downgrade},
 * {@code stamp} and {@code roundtrip} need {@code --allow-destructive} ({@link ConsoleGuard}).
 */
public class MigrationCommands {

    private final MigrationsSource source;
    private final ConsoleGuard guard;

    /** Commands over the migrations the source loads; {@code downgrade}, {@code stamp}, {@code roundtrip} guarded. */
    public MigrationCommands(MigrationsSource source, ConsoleGuard guard) {
        this.source = source;
        this.guard = guard;
    }

    /** {@code upgrade REV [--sql]}. */
    @Command(name = "upgrade", description = "Upgrade to a later revision",
            help = "upgrade [--sql] <revision>\n<revision>: head, heads, an id, +N, label@head; with --sql also FROM:TO",
            group = ConsoleCommands.GROUP, completionProvider = ConsoleCommands.COMPLETION,
            exitStatusExceptionMapper = ConsoleCommands.ERRORS)
    public void upgrade(CommandContext context, @Argument(index = 0, description = "target revision") String revision,
            @Option(longName = "sql", description = "print the SQL instead of running it") boolean sql) {
        String target = ConsoleCommands.required(revision, "upgrade");
        if (sql) {
            printSql(context, source.load().upgradeSql(target), "upgrade", target);
            return;
        }
        run(context, Direction.UP, target);
    }

    /** {@code downgrade REV [--sql]}. */
    @Command(name = "downgrade", description = "Revert to a previous revision",
            help = "downgrade [--sql] [--allow-destructive] <revision>\n<revision>: -N, base, an id; with --sql FROM:TO",
            group = ConsoleCommands.GROUP, completionProvider = ConsoleCommands.COMPLETION,
            exitStatusExceptionMapper = ConsoleCommands.ERRORS)
    public void downgrade(CommandContext context,
            @Argument(index = 0, description = "target revision") String revision,
            @Option(longName = "sql", description = "print the SQL instead of running it") boolean sql,
            @Option(longName = "allow-destructive", description = "run it even under a guarded (production) profile")
            boolean allowDestructive) {
        String target = ConsoleCommands.required(revision, "downgrade");
        if (sql) {
            printSql(context, source.load().downgradeSql(target), "downgrade", target);
            return;
        }
        guard.check("downgrade " + target, allowDestructive);
        run(context, Direction.DOWN, target);
    }

    /** {@code stamp REV [--sql]}: set the version table without running scripts. */
    @Command(name = "stamp", description = "Set the version table to a revision without running scripts",
            help = "stamp [--sql] [--allow-destructive] <revision>", group = ConsoleCommands.GROUP,
            completionProvider = ConsoleCommands.COMPLETION, exitStatusExceptionMapper = ConsoleCommands.ERRORS)
    public void stamp(CommandContext context, @Argument(index = 0, description = "revision") String revision,
            @Option(longName = "sql", description = "print the SQL instead of running it") boolean sql,
            @Option(longName = "allow-destructive", description = "run it even under a guarded (production) profile")
            boolean allowDestructive) {
        String target = ConsoleCommands.required(revision, "stamp");
        if (!sql) {
            guard.check("stamp " + target, allowDestructive);
        }
        Migrations migrations = source.load();
        if (sql) {
            ConsoleOutput.print(context, migrations.stampSql(target));
            return;
        }
        MigrationResult result = migrations.stamp(target);
        ConsoleOutput.warnings(context, result.warnings());
        ConsoleOutput.print(context,
                new RevisionFormatter(migrations.graph()).stampLine(result.headsBefore(), result.headsAfter()));
    }

    /** {@code migrate}: apply every pending revision (upgrade to {@code heads}). */
    @Command(name = "migrate", description = "Apply every pending revision (upgrade heads)", help = "migrate",
            group = ConsoleCommands.GROUP, exitStatusExceptionMapper = ConsoleCommands.ERRORS)
    public void migrate(CommandContext context) {
        run(context, Direction.UP, "heads");
    }

    /**
     * {@code roundtrip}: the CI round trip ({@link RoundTrip}): upgrade head, downgrade -1, upgrade head, or with
     * several heads each head removed and upgraded again in turn; each leg printed before its revisions.
     */
    @Command(name = "roundtrip", description = "Upgrade head, downgrade -1, upgrade head (the CI round trip)",
            help = "roundtrip [--allow-destructive]\nWith several heads, each head in turn: downgrade just that head,"
                    + " upgrade heads",
            group = ConsoleCommands.GROUP, exitStatusExceptionMapper = ConsoleCommands.ERRORS)
    public void roundtrip(CommandContext context,
            @Option(longName = "allow-destructive", description = "run it even under a guarded (production) profile")
            boolean allowDestructive) {
        guard.check("roundtrip", allowDestructive);
        PrintWriter live = ConsoleOutput.live(context);
        StepProgress progress = new StepProgress(live);
        Migrations migrations = source.load(progress);
        List<CompletedLeg> legs = new RoundTrip(migrations).run(new RoundTrip.Listener() {
            @Override
            public void beforeLeg(RoundTripLeg leg) {
                live.println("== " + leg.command());
                live.flush();
            }

            @Override
            public void afterLeg(CompletedLeg leg) {
                ConsoleOutput.warnings(context, leg.result().warnings());
            }
        });
        ConsoleOutput.print(context, progress.roundTripSummary(legs.get(legs.size() - 1).result(), migrations.graph()));
    }

    /** Runs an upgrade or downgrade, each revision shown as it runs, then the summary line. */
    private void run(CommandContext context, Direction direction, String target) {
        StepProgress progress = new StepProgress(ConsoleOutput.live(context));
        Migrations migrations = source.load(progress);
        MigrationResult result;
        try {
            result = direction == Direction.UP ? migrations.upgrade(target) : migrations.downgrade(target);
        }
        catch (MigrationException e) {
            // what the database kept is still true and belongs on standard output; the error goes to standard error
            ConsoleOutput.print(context, progress.failureSummary(direction, e.committed()));
            throw e;
        }
        ConsoleOutput.warnings(context, result.warnings());
        if (direction == Direction.UP && result.nothingToDo()
                && migrations.graph().isBelow(result.headsBefore(), target)) {
            // as 'downgrade' refuses a revision that is not applied, and 'upgrade --sql' a range that goes down
            throw new UsageException("Can't upgrade to " + target + ": it is below the current head"
                    + (result.headsBefore().size() == 1 ? " " : "s ")
                    + String.join(", ", new TreeSet<>(result.headsBefore()))
                    + "; use 'downgrade " + target + "'");
        }
        ConsoleOutput.print(context, progress.summary(direction, result, migrations.graph()));
    }

    /** The SQL of an offline run; when there is none, says so on standard error (standard output stays SQL). */
    private static void printSql(CommandContext context, String sql, String command, String range) {
        if (sql.isBlank()) {
            ConsoleOutput.notice(context, "Nothing to " + command + " for '" + range + "': no revision in range");
            return;
        }
        ConsoleOutput.print(context, sql);
    }
}

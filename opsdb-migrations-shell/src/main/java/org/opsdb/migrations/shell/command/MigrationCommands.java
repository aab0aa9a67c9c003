package org.opsdb.migrations.shell.command;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.runtime.AppliedStep;
import org.opsdb.migrations.runtime.MigrationException;
import org.opsdb.migrations.runtime.MigrationResult;
import org.opsdb.migrations.shell.format.RevisionFormatter;
import org.opsdb.migrations.shell.source.MigrationsSource;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/**
 * Commands that move the database: {@code upgrade}, {@code downgrade}, {@code stamp}, {@code migrate} and the
 * CI check {@code roundtrip}. With {@code --sql} they print the SQL they would run and change nothing. Under a
 * guarded profile {@code downgrade}, {@code stamp} and {@code roundtrip} need {@code --allow-destructive}
 * ({@link ConsoleGuard}).
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
            help = "Usage: upgrade REV [--sql]   (REV: head, heads, an id, +N, label@head; --sql takes FROM:REV)",
            group = ConsoleCommands.GROUP, completionProvider = ConsoleCommands.COMPLETION,
            exitStatusExceptionMapper = ConsoleCommands.ERRORS)
    public void upgrade(CommandContext context, @Argument(index = 0, description = "target revision") String revision,
            @Option(longName = "sql", description = "print the SQL instead of running it") boolean sql) {
        String target = ConsoleCommands.required(revision, "upgrade");
        Migrations migrations = source.load();
        ConsoleOutput.print(context, sql ? migrations.upgradeSql(target)
                : steps(migrations, committedOnFailure(context, migrations, () -> migrations.upgrade(target))));
    }

    /** {@code downgrade REV [--sql]}. */
    @Command(name = "downgrade", description = "Revert to a previous revision",
            help = "Usage: downgrade REV [--sql] [--allow-destructive]   (REV: -N, base, an id; --sql takes FROM:REV)",
            group = ConsoleCommands.GROUP, completionProvider = ConsoleCommands.COMPLETION,
            exitStatusExceptionMapper = ConsoleCommands.ERRORS)
    public void downgrade(CommandContext context,
            @Argument(index = 0, description = "target revision") String revision,
            @Option(longName = "sql", description = "print the SQL instead of running it") boolean sql,
            @Option(longName = "allow-destructive", description = "run it even under a guarded (production) profile")
            boolean allowDestructive) {
        String target = ConsoleCommands.required(revision, "downgrade");
        if (!sql) {
            guard.check("downgrade " + target, allowDestructive);
        }
        Migrations migrations = source.load();
        ConsoleOutput.print(context, sql ? migrations.downgradeSql(target)
                : steps(migrations, committedOnFailure(context, migrations, () -> migrations.downgrade(target))));
    }

    /** {@code stamp REV [--sql]}: set the version table without running scripts. */
    @Command(name = "stamp", description = "Set the version table to a revision without running scripts",
            help = "Usage: stamp REV [--sql] [--allow-destructive]", group = ConsoleCommands.GROUP,
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
        ConsoleOutput.print(context,
                new RevisionFormatter(migrations.graph()).stampLine(result.headsBefore(), result.headsAfter()));
    }

    /** {@code migrate}: apply every pending revision (upgrade to {@code heads}). */
    @Command(name = "migrate", description = "Apply every pending revision (upgrade heads)", help = "Usage: migrate",
            group = ConsoleCommands.GROUP, exitStatusExceptionMapper = ConsoleCommands.ERRORS)
    public void migrate(CommandContext context) {
        Migrations migrations = source.load();
        ConsoleOutput.print(context, steps(migrations,
                committedOnFailure(context, migrations, () -> migrations.upgrade("heads"))));
    }

    /** {@code roundtrip}: upgrade head, downgrade -1, upgrade head, printing each step, as CI runs it. */
    @Command(name = "roundtrip", description = "Upgrade head, downgrade -1, upgrade head (the CI round trip)",
            help = "Usage: roundtrip [--allow-destructive]", group = ConsoleCommands.GROUP,
            exitStatusExceptionMapper = ConsoleCommands.ERRORS)
    public void roundtrip(CommandContext context,
            @Option(longName = "allow-destructive", description = "run it even under a guarded (production) profile")
            boolean allowDestructive) {
        guard.check("roundtrip", allowDestructive);
        Migrations migrations = source.load();
        List<String> lines = new ArrayList<>();
        for (String[] leg : new String[][] {{"upgrade", "head"}, {"downgrade", "-1"}, {"upgrade", "head"}}) {
            lines.add("== " + leg[0] + " " + leg[1]);
            MigrationResult result = leg[0].equals("upgrade") ? migrations.upgrade(leg[1])
                    : migrations.downgrade(leg[1]);
            String steps = steps(migrations, result);
            if (!steps.isEmpty()) {
                lines.add(steps);
            }
        }
        ConsoleOutput.print(context, String.join("\n", lines));
    }

    private static String steps(Migrations migrations, MigrationResult result) {
        return steps(migrations, result.steps());
    }

    private static String steps(Migrations migrations, List<AppliedStep> steps) {
        RevisionFormatter format = new RevisionFormatter(migrations.graph());
        return String.join("\n", steps.stream().map(format::stepLine).toList());
    }

    /**
     * Runs {@code run}; when it fails after some revisions committed, prints their lines first, so that standard
     * output tells what the database kept (the error itself goes to standard error).
     */
    private static MigrationResult committedOnFailure(CommandContext context, Migrations migrations,
            Supplier<MigrationResult> run) {
        try {
            return run.get();
        }
        catch (MigrationException e) {
            ConsoleOutput.print(context, steps(migrations, e.committed()));
            throw e;
        }
    }
}

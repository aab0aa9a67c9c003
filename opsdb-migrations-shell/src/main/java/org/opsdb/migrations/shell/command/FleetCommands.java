package org.opsdb.migrations.shell.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.error.OneLineException;
import org.opsdb.migrations.fleet.Fleet;
import org.opsdb.migrations.fleet.FleetCommand;
import org.opsdb.migrations.fleet.FleetCommand.Action;
import org.opsdb.migrations.fleet.FleetListener;
import org.opsdb.migrations.fleet.FleetOptions;
import org.opsdb.migrations.fleet.FleetProgress;
import org.opsdb.migrations.fleet.FleetReport;
import org.opsdb.migrations.fleet.FleetShard;
import org.opsdb.migrations.fleet.FleetTarget;
import org.opsdb.migrations.fleet.FleetTargets;
import org.opsdb.migrations.fleet.TargetResult;
import org.opsdb.migrations.fleet.TargetResult.Outcome;
import org.opsdb.migrations.runtime.UrlDataSource;
import org.opsdb.migrations.shell.format.FleetFormatter;
import org.opsdb.migrations.shell.source.MigrationsSource;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/**
 * {@code fleet upgrade|downgrade|current|check|lint}: one command on every target of a fleet ({@link Fleet}), the
 * targets named by exactly one of {@code --schemas-query SQL} (run on the configured database),
 * {@code --schemas-file FILE} or {@code --targets-file FILE} (JDBC URLs), or with none of them by the
 * {@code opsdb.migrations.fleet.*} settings, whose {@code parallel}, {@code canary}, {@code max-failures} and
 * {@code timeout} are also the defaults of the options (not for {@code fleet current}, {@code check} and
 * {@code lint}, which read every target). One progress line per finished target goes to standard error as it
 * happens; the answer on standard output is the summary table and its totals line; {@code --report FILE} also writes
 * the report as JSON. Exit 0 when every target reached the goal, 1 otherwise (a target failed or was skipped), and
 * for {@code fleet current} 2 when none failed but some target is behind ({@code fleet check}: differs from the entity
 * model; {@code fleet lint}: has lint findings). {@code --shard I/N} (or Kubernetes' {@code JOB_COMPLETION_INDEX}
 * with {@code OPSDB_FLEET_SHARDS}) runs one share of the targets ({@link FleetShard}). The methods are named
 * {@code fleetUpgrade} etc.: the console registers one bean per command method, named after the method.
 */
public class FleetCommands {

    /** Group shown by {@code help}. */
    public static final String GROUP = "Fleet Commands";

    private static final String TARGETS_HELP = "\nTargets, exactly one of: --schemas-query SQL (schema names, run on the"
            + " configured database), --schemas-file FILE (one schema a line), --targets-file FILE (one JDBC URL a"
            + " line); '#' starts a comment line\n[--parallel N] (default 4) [--canary K] [--max-failures N] (0: no"
            + " limit) [--timeout DURATION] (e.g. 30s, 5m) [--report FILE] (JSON)"
            + "\n[--shard I/N] this process's share of the targets, I from 0 to N-1 (default: $"
            + FleetShard.INDEX_VARIABLE + " of $" + FleetShard.COUNT_VARIABLE + " shards when set, else all)";
    private static final String SHARD_HELP = "I/N: run shard I of N (CRC32 of each target's name mod N)";

    private final MigrationsSource source;
    private final ConsoleGuard guard;
    private final EntityModel model;

    /**
     * Fleet commands over the migrations the source loads; {@code fleet downgrade} guarded; {@code fleet check}
     * compares with {@code model}.
     */
    public FleetCommands(MigrationsSource source, ConsoleGuard guard, EntityModel model) {
        this.source = source;
        this.guard = guard;
        this.model = model;
    }

    /** {@code fleet upgrade REV ...}. */
    @Command(name = {"fleet", "upgrade"}, description = "Upgrade every target of a fleet",
            help = "fleet upgrade <revision> TARGETS [OPTIONS]" + TARGETS_HELP, group = FleetCommands.GROUP,
            completionProvider = ConsoleCommands.COMPLETION, exitStatusExceptionMapper = ConsoleCommands.ERRORS)
    public void fleetUpgrade(CommandContext context, @Argument(index = 0, description = "target revision") String revision,
            @Option(longName = "schemas-query", description = "SQL returning the schema names") String schemasQuery,
            @Option(longName = "schemas-file", description = "file of schema names") String schemasFile,
            @Option(longName = "targets-file", description = "file of JDBC URLs") String targetsFile,
            @Option(longName = "parallel", description = "targets at once (default 4)") String parallel,
            @Option(longName = "canary", description = "targets run first; stop if one fails") String canary,
            @Option(longName = "max-failures", description = "stop starting targets after N failures")
            String maxFailures,
            @Option(longName = "timeout", description = "time one target may take") String timeout,
            @Option(longName = "report", description = "write the report as JSON") String report,
            @Option(longName = "shard", description = SHARD_HELP) String shard) {
        run(context, Action.UPGRADE, revision, new Targets(schemasQuery, schemasFile, targetsFile),
                options(parallel, canary, maxFailures, timeout), report, shard);
    }

    /** {@code fleet downgrade REV ...}. */
    @Command(name = {"fleet", "downgrade"}, description = "Downgrade every target of a fleet",
            help = "fleet downgrade <revision> TARGETS [OPTIONS] [--allow-destructive]" + TARGETS_HELP,
            group = FleetCommands.GROUP, completionProvider = ConsoleCommands.COMPLETION,
            exitStatusExceptionMapper = ConsoleCommands.ERRORS)
    public void fleetDowngrade(CommandContext context,
            @Argument(index = 0, description = "target revision") String revision,
            @Option(longName = "schemas-query", description = "SQL returning the schema names") String schemasQuery,
            @Option(longName = "schemas-file", description = "file of schema names") String schemasFile,
            @Option(longName = "targets-file", description = "file of JDBC URLs") String targetsFile,
            @Option(longName = "parallel", description = "targets at once (default 4)") String parallel,
            @Option(longName = "canary", description = "targets run first; stop if one fails") String canary,
            @Option(longName = "max-failures", description = "stop starting targets after N failures")
            String maxFailures,
            @Option(longName = "timeout", description = "time one target may take") String timeout,
            @Option(longName = "report", description = "write the report as JSON") String report,
            @Option(longName = "shard", description = SHARD_HELP) String shard,
            @Option(longName = "allow-destructive", description = "run it even under a guarded (production) profile")
            boolean allowDestructive) {
        guard.check("fleet downgrade " + revision, allowDestructive);
        run(context, Action.DOWNGRADE, revision, new Targets(schemasQuery, schemasFile, targetsFile),
                options(parallel, canary, maxFailures, timeout), report, shard);
    }

    /** {@code fleet current [REV] ...}: each target's revision; exit 2 when some target is below REV (heads). */
    @Command(name = {"fleet", "current"}, description = "Show the revision of every target of a fleet",
            help = "fleet current [<revision>] TARGETS [OPTIONS]\nExit 2 when some target is below <revision>"
                    + " (default heads)" + TARGETS_HELP,
            group = FleetCommands.GROUP, completionProvider = ConsoleCommands.COMPLETION,
            exitStatusExceptionMapper = ConsoleCommands.ERRORS)
    public void fleetCurrent(CommandContext context,
            @Argument(index = 0, description = "the revision a target must be at", defaultValue = "heads")
            String revision,
            @Option(longName = "schemas-query", description = "SQL returning the schema names") String schemasQuery,
            @Option(longName = "schemas-file", description = "file of schema names") String schemasFile,
            @Option(longName = "targets-file", description = "file of JDBC URLs") String targetsFile,
            @Option(longName = "parallel", description = "targets at once (default 4)") String parallel,
            @Option(longName = "timeout", description = "time one target may take") String timeout,
            @Option(longName = "report", description = "write the report as JSON") String report,
            @Option(longName = "shard", description = SHARD_HELP) String shard) {
        run(context, Action.CURRENT, orHeads(revision),
                new Targets(schemasQuery, schemasFile, targetsFile), options(parallel, "0", "0", timeout), report,
                shard);
    }

    /**
     * {@code fleet check ...}: each target (at the heads) compared with the entity model, as {@code check} does for
     * one database; exit 2 when some target differs, 1 when one could not be checked.
     */
    @Command(name = {"fleet", "check"}, description = "Compare every target of a fleet with the entity model",
            help = "fleet check TARGETS [--parallel N] [--timeout DURATION] [--report FILE] [--shard I/N]\nEach"
                    + " target must be at the heads; exit 2 when some target differs from the entity model, 1 when one"
                    + " could not be checked" + TARGETS_HELP,
            group = FleetCommands.GROUP, exitStatusExceptionMapper = ConsoleCommands.ERRORS)
    public void fleetCheck(CommandContext context,
            @Option(longName = "schemas-query", description = "SQL returning the schema names") String schemasQuery,
            @Option(longName = "schemas-file", description = "file of schema names") String schemasFile,
            @Option(longName = "targets-file", description = "file of JDBC URLs") String targetsFile,
            @Option(longName = "parallel", description = "targets at once (default 4)") String parallel,
            @Option(longName = "timeout", description = "time one target may take") String timeout,
            @Option(longName = "report", description = "write the report as JSON") String report,
            @Option(longName = "shard", description = SHARD_HELP) String shard) {
        FleetCommand check = FleetCommand.check(model.require("fleet check"));
        run(context, check, new Targets(schemasQuery, schemasFile, targetsFile),
                options(parallel, "0", "0", timeout), report, shard);
    }

    /**
     * {@code fleet lint [REV] ...}: on each target, the revisions it would run from its current revision to REV
     * (heads) linted as {@code lint} does, on that target's catalog; identical findings printed once for the targets
     * that share them. Exit 2 when there are findings, 1 when a target could not be linted.
     */
    @Command(name = {"fleet", "lint"}, description = "Lint what every target of a fleet would run",
            help = "fleet lint [<revision>] TARGETS [--parallel N] [--timeout DURATION] [--report FILE]"
                    + " [--shard I/N]\nOn each target the revisions from its current revision to <revision> (default"
                    + " heads); exit 2 when there are findings, 1 when a target could not be linted" + TARGETS_HELP,
            group = FleetCommands.GROUP, completionProvider = ConsoleCommands.COMPLETION,
            exitStatusExceptionMapper = ConsoleCommands.ERRORS)
    public void fleetLint(CommandContext context,
            @Argument(index = 0, description = "the end of the range each target would run", defaultValue = "heads")
            String revision,
            @Option(longName = "schemas-query", description = "SQL returning the schema names") String schemasQuery,
            @Option(longName = "schemas-file", description = "file of schema names") String schemasFile,
            @Option(longName = "targets-file", description = "file of JDBC URLs") String targetsFile,
            @Option(longName = "parallel", description = "targets at once (default 4)") String parallel,
            @Option(longName = "timeout", description = "time one target may take") String timeout,
            @Option(longName = "report", description = "write the report as JSON") String report,
            @Option(longName = "shard", description = SHARD_HELP) String shard) {
        run(context, Action.LINT, orHeads(revision),
                new Targets(schemasQuery, schemasFile, targetsFile), options(parallel, "0", "0", timeout), report,
                shard);
    }

    private void run(CommandContext context, Action action, String revision, Targets targets, OptionFlags flags,
                     String reportFile, String shardOption) {
        FleetCommand fleetCommand;
        try {
            fleetCommand = new FleetCommand(action, revision);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        run(context, fleetCommand, targets, flags, reportFile, shardOption);
    }

    private void run(CommandContext context, FleetCommand fleetCommand, Targets targets, OptionFlags flags,
                     String reportFile, String shardOption) {
        String command = "fleet " + fleetCommand.action().word();
        String revision = fleetCommand.revision();
        FleetShard shard;
        try {
            shard = FleetShard.resolve(shardOption, "--shard", System.getenv()).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Migrations migrations = source.load();
        FleetOptions options = flags.over(FleetOptions.of(migrations.settings()));
        List<FleetTarget> list = targets.list(command, migrations);
        FleetReport report = new Fleet(migrations, url -> new UrlDataSource(url, null, null)).run(fleetCommand, list,
                shard, options, new FleetListener() {
                    @Override
                    public void finished(TargetResult result, FleetProgress progress) {
                        ConsoleOutput.notice(context, FleetFormatter.progressLine(shard, result, progress));
                    }

                    @Override
                    public void sharded(FleetShard share, int taken, int fleetTargets) {
                        ConsoleOutput.notice(context, FleetFormatter.shardLine(fleetCommand, share, taken,
                                fleetTargets));
                    }
                });
        if (reportFile != null) {
            write(Path.of(reportFile), report.json());
        }
        String groups = FleetFormatter.findingGroups(report, migrations.graph());
        ConsoleOutput.print(context, (groups.isEmpty() ? "" : groups + "\n") + FleetFormatter.table(report));
        if (!report.reachedGoal()) {
            int failed = report.count(Outcome.FAILED) + report.count(Outcome.SKIPPED);
            String of = report.sharded().map(share -> "shard " + share + ": ").orElse("");
            if (failed > 0) {
                ConsoleOutput.notice(context, fleetCommand.action().outcomes().contains(Outcome.FINDINGS)
                        ? "fleet " + fleetCommand + ": " + of + failed + " of " + report.results().size()
                                + " targets could not be " + (fleetCommand.action() == Action.CHECK ? "checked"
                                : "linted")
                        : command + " " + revision + ": " + of + failed + " of " + report.results().size()
                                + " targets did not reach " + revision);
                throw new FleetVerdict(1);
            }
            ConsoleOutput.notice(context, switch (fleetCommand.action()) {
                case CHECK -> "fleet check: " + of + report.count(Outcome.FINDINGS) + " of "
                        + report.results().size() + " targets differ from the entity model";
                case LINT -> "fleet " + fleetCommand + ": " + of + report.count(Outcome.FINDINGS) + " of "
                        + report.results().size() + " targets would run revisions with lint findings";
                default -> command + ": " + of + report.count(Outcome.BEHIND) + " of " + report.results().size()
                        + " targets are behind " + revision;
            });
            throw new FleetVerdict(DifferencesFoundException.EXIT_CODE);
        }
    }

    /** The revision given, or {@code heads} when none was. */
    private static String orHeads(String revision) {
        return revision == null || revision.isBlank() ? "heads" : revision;
    }

    private static void write(Path file, String json) {
        try {
            Files.writeString(file, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OneLineException("Cannot write the report to " + file + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        }
    }

    private static OptionFlags options(String parallel, String canary, String maxFailures, String timeout) {
        return new OptionFlags(parallel, canary, maxFailures, timeout);
    }

    /**
     * The run options as given on the command line; one not given is the setting's
     * ({@code opsdb.migrations.fleet.parallel}, …, whose defaults are {@link FleetOptions#DEFAULTS}).
     */
    private record OptionFlags(String parallel, String canary, String maxFailures, String timeout) {

        FleetOptions over(FleetOptions defaults) {
            try {
                return new FleetOptions(number("parallel", parallel, defaults.parallel()),
                        number("canary", canary, defaults.canary()),
                        number("max-failures", maxFailures, defaults.maxFailures()),
                        duration(timeout, defaults.timeout()));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage().replaceFirst("^Invalid (max failures|\\w+)", "Invalid --$1")
                        .replace("--max failures", "--max-failures"));
            }
        }
    }

    private static int number(String option, String text, int unset) {
        if (text == null || text.isBlank()) {
            return unset;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("Invalid --" + option + " '" + text + "': must be a whole number");
        }
    }

    private static Duration duration(String text, Duration unset) {
        if (text == null || text.isBlank()) {
            return unset;
        }
        try {
            return DurationStyle.detectAndParse(text.strip());
        } catch (IllegalArgumentException e) {
            throw new UsageException("Invalid --timeout '" + text + "': must be a duration such as 30s, 5m or PT1M");
        }
    }

    /**
     * The three ways of naming targets; exactly one must be given, or none when the settings name the targets
     * ({@code opsdb.migrations.fleet.*}, {@link FleetTargets#configured}).
     */
    private record Targets(String schemasQuery, String schemasFile, String targetsFile) {

        List<FleetTarget> list(String command, Migrations migrations) {
            List<String> given = new ArrayList<>();
            if (schemasQuery != null) {
                given.add("--schemas-query");
            }
            if (schemasFile != null) {
                given.add("--schemas-file");
            }
            if (targetsFile != null) {
                given.add("--targets-file");
            }
            if (given.isEmpty() && FleetTargets.isConfigured(migrations.settings())) {
                return FleetTargets.configured(migrations.settings(), migrations.dataSource().orElse(null));
            }
            if (given.size() != 1) {
                throw new UsageException("'" + command + "' needs exactly one of --schemas-query, --schemas-file,"
                        + " --targets-file" + (given.isEmpty() ? "" : "; got " + String.join(", ", given)));
            }
            if (schemasFile != null) {
                return FleetTargets.schemasFile(Path.of(schemasFile));
            }
            if (targetsFile != null) {
                return FleetTargets.urlsFile(Path.of(targetsFile));
            }
            return FleetTargets.schemasQuery(migrations.dataSource().orElseThrow(() -> new UsageException(
                    "--schemas-query needs a database: set spring.datasource.url (--url)")), schemasQuery);
        }
    }

    /** The verdict of a fleet that did not reach its goal: the exit code, no message (the table is the answer). */
    private static final class FleetVerdict extends RuntimeException
            implements org.springframework.boot.ExitCodeGenerator {

        private static final long serialVersionUID = 1L;
        private final int code;

        FleetVerdict(int code) {
            super(null, null, false, false);
            this.code = code;
        }

        @Override
        public int getExitCode() {
            return code;
        }
    }
}

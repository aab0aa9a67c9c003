package org.opsdb.migrations.shell.command;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.lint.LintOptions;
import org.opsdb.migrations.lint.LintReport;
import org.opsdb.migrations.lint.RevisionLinter;
import org.opsdb.migrations.locktrace.LockTrace;
import org.opsdb.migrations.locktrace.LockTracer;
import org.opsdb.migrations.revision.Revision;
import org.opsdb.migrations.script.MigrationScript;
import org.opsdb.migrations.shell.format.RevisionFormatter;
import org.opsdb.migrations.shell.source.MigrationsSource;
import org.opsdb.migrations.status.MigrationStatusReader;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/**
 * Commands that read the revision graph and the version table without changing anything: {@code current},
 * {@code heads}, {@code branches}, {@code history}, {@code show}, and {@code lint} (the revisions' lock hazards). Output follows {@code alembic}'s commands of
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

    /**
     * {@code lint [FROM:TO] [--pg-version N] [--trace]}: the lock-hazard findings of the revisions not yet applied on
     * the database, or of a range as {@code history -r} takes it, one line each on standard output; exit 0 when there
     * are none, 2 when there are ({@link DifferencesFoundException}). With {@code --pg-version} (e.g. {@code 15} or
     * {@code 150004}) it lints offline, without a database, by default {@code base:heads}. With {@code --trace} it
     * then applies base → heads on a scratch database created beside the connected one (and dropped at the end),
     * tracing the linted revisions ({@link LockTracer}): the report, then the {@code lock-held-across-scan} findings,
     * which count as findings for the exit code.
     */
    @Command(name = "lint", description = "Lint revisions for lock hazards (exit 2 when there are findings)",
            help = "lint [--pg-version <N>] [--trace] [<from>:<to>]\nWithout a range: the revisions not yet applied on"
                    + " the database; a range as 'history -r' takes it (base:heads, a1b2:head)\nWith --pg-version (15,"
                    + " 150004): offline, without a database, and base:heads without a range\nWith --trace: also"
                    + " applies them on a scratch database beside the connected one (needs CREATEDB) and prints the"
                    + " locks each statement took",
            group = ConsoleCommands.GROUP, completionProvider = ConsoleCommands.COMPLETION,
            exitStatusExceptionMapper = ConsoleCommands.ERRORS)
    public void lint(CommandContext context, @Argument(index = 0, description = "range FROM:TO") String range,
            @Option(longName = "pg-version", description = "lint offline for this PostgreSQL version (15, 150004)")
            String pgVersion,
            @Option(longName = "trace", description = "also trace the locks on a scratch database") boolean trace)
            throws SQLException {
        if (range != null && !range.isBlank() && !range.contains(":")) {
            throw new UsageException("Command 'lint' takes a range FROM:TO (e.g. base:heads, a1b2:head), got '"
                    + range.strip() + "'");
        }
        if (trace && pgVersion != null) {
            throw new UsageException("Command 'lint --trace' needs a database (it traces on a scratch database beside"
                    + " it): leave out --pg-version, or lint offline without --trace");
        }
        LintOptions options = pgVersion == null ? LintOptions.defaults() : lintOptions(pgVersion);
        Migrations migrations = source.load();
        DataSource database = pgVersion != null ? null : migrations.dataSource().orElseThrow(() -> new UsageException(
                "Command 'lint' needs a database (--url, spring.datasource.url) or --pg-version N to lint offline"));
        List<Revision> revisions = range == null || range.isBlank()
                ? database == null ? oldestFirst(migrations.history(null)) : migrations.pending()
                : oldestFirst(migrations.history(range));
        Map<String, MigrationScript> scripts = migrations.scripts().stream()
                .collect(Collectors.toMap(script -> script.revision().id(), script -> script));
        LintReport report = new RevisionLinter(options, database)
                .lint(revisions.stream().map(revision -> scripts.get(revision.id())).toList());
        List<String> findings = new ArrayList<>(report.lines());
        List<String> sections = new ArrayList<>(findings.isEmpty() ? List.of() : List.of(String.join("\n", findings)));
        if (trace && !revisions.isEmpty()) {
            LockTrace locks;
            try (ScratchDatabase scratch = ScratchDatabase.create(database, "lint --trace")) {
                locks = LockTracer.of(migrations).trace(scratch.dataSource(),
                        revisions.stream().map(Revision::id).toList());
            }
            sections.add(locks.text().strip());
            List<String> lockFindings = locks.findings().stream().map(Object::toString).toList();
            if (!lockFindings.isEmpty()) {
                sections.add(String.join("\n", lockFindings));
                findings.addAll(lockFindings);
            }
        }
        ConsoleOutput.print(context, String.join("\n\n", sections));
        if (findings.isEmpty()) {
            ConsoleOutput.notice(context, "No lint findings in " + revisions.size() + " revision"
                    + (revisions.size() == 1 ? "" : "s"));
            return;
        }
        throw new DifferencesFoundException();
    }

    private static LintOptions lintOptions(String pgVersion) {
        try {
            return LintOptions.forServerVersion(Integer.parseInt(pgVersion.strip()));
        } catch (IllegalArgumentException e) {
            throw new UsageException("Invalid --pg-version '" + pgVersion + "': give a PostgreSQL major version (15)"
                    + " or a server_version_num (150004)");
        }
    }

    private static List<Revision> oldestFirst(List<Revision> newestFirst) {
        List<Revision> revisions = new ArrayList<>(newestFirst);
        Collections.reverse(revisions);
        return revisions;
    }

    private static String lines(List<Revision> revisions, java.util.function.Function<Revision, String> line) {
        return revisions.stream().map(line).collect(Collectors.joining("\n"));
    }
}

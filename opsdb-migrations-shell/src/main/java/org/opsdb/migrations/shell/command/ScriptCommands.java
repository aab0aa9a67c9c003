package org.opsdb.migrations.shell.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.autogenerate.RevisionRequest;
import org.opsdb.migrations.autogenerate.RevisionResult;
import org.opsdb.migrations.autogenerate.ScriptFormat;
import org.opsdb.migrations.diff.RenameHints;
import org.opsdb.migrations.shell.source.MigrationsSource;
import org.opsdb.migrations.shell.source.RevisionTarget;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/**
 * Commands that write new revision scripts: {@code revision} (empty, or {@code --autogenerate}d from the entity
 * model) and {@code merge}. The file goes into the first writable revision location (see {@link RevisionTarget});
 * the answer is its path, then one {@code WARNING: …} line per autogenerate warning.
 */
public class ScriptCommands {

    private final MigrationsSource source;
    private final EntityModel model;
    private final Path workingDirectory;

    /**
     * @param source           the migrations
     * @param model            the entity model for {@code --autogenerate}
     * @param workingDirectory what relative directories and the source tree are relative to
     */
    public ScriptCommands(MigrationsSource source, EntityModel model, Path workingDirectory) {
        this.source = source;
        this.model = model;
        this.workingDirectory = workingDirectory;
    }

    /**
     * {@code revision -m MSG [--autogenerate [--rename OLD=NEW]... [--plain]] [--head H] [--branch-label L]
     * [--depends-on R] [--format F]}; {@code --rename} tells autogenerate of a renamed table, column or enum label
     * (see {@link RenameHints#parse}); {@code --plain} writes the plain forms of changes to existing tables instead
     * of the safe ones (as {@code opsdb.migrations.autogenerate.safe-forms=false} does for every command).
     */
    @Command(name = "revision", description = "Write a new revision script",
            help = "revision -m <message> [--autogenerate [--rename <old>=<new>]... [--plain]] [--head <head>]"
                    + " [--branch-label <label>] [--depends-on <revision>]... [--format sql|java]"
                    + " [--directory <dir>] [--package <package>]\n--rename: TABLE.COLUMN=NEW_COLUMN,"
                    + " SCHEMA.TABLE.COLUMN=NEW_COLUMN, TABLE=NEW_TABLE or SCHEMA.TABLE=SCHEMA.NEW_TABLE;"
                    + " a table moved to another schema: [SCHEMA.]TABLE=OTHER_SCHEMA.NEW_TABLE (public. for the"
                    + " default schema); an enum label: TYPE:LABEL=NEW_LABEL or SCHEMA.TYPE:LABEL=NEW_LABEL\n--plain:"
                    + " plain DDL for tables that exist (CREATE INDEX, ADD CONSTRAINT, SET NOT NULL) instead of the"
                    + " safe forms (CONCURRENTLY, NOT VALID + VALIDATE, USING INDEX)",
            group = ConsoleCommands.GROUP, completionProvider = ConsoleCommands.COMPLETION,
            exitStatusExceptionMapper = ConsoleCommands.ERRORS)
    public void revision(CommandContext context,
            @Option(longName = "message", shortName = 'm', description = "the revision message") String message,
            @Option(longName = "autogenerate", description = "diff the entity model against the database")
            boolean autogenerate,
            @Option(longName = "rename", description = "with --autogenerate: a renamed table, column or enum label,"
                    + " TABLE.COLUMN=NEW, TABLE=NEW, TABLE=SCHEMA.NEW or TYPE:LABEL=NEW (repeatable)") String rename,
            @Option(longName = "head", description = "the head to put the revision on (default head)") String head,
            @Option(longName = "branch-label", description = "a branch label for the revision") String branchLabel,
            @Option(longName = "depends-on", description = "a revision it depends on (repeatable)") String dependsOn,
            @Option(longName = "format", description = "sql (default) or java") String format,
            @Option(longName = "directory", description = "write here instead of the first location")
            String directory,
            @Option(longName = "package", description = "the package of a Java revision") String javaPackage,
            @Option(longName = "plain", description = "with --autogenerate: plain forms instead of the safe forms")
            boolean plain) {
        ScriptFormat scriptFormat = format(format);
        RenameHints hints = RenameHints.none();
        for (String hint : ConsoleCommands.values(context, "rename")) {
            hints = hints.parse(hint);
        }
        if (!autogenerate && !hints.equals(RenameHints.none())) {
            throw new UsageException("Option --rename of command 'revision' needs --autogenerate");
        }
        if (!autogenerate && plain) {
            throw new UsageException("Option --plain of command 'revision' needs --autogenerate");
        }
        Migrations migrations = source.load();
        RevisionRequest request = request(message, "revision", scriptFormat, directory, javaPackage)
                .head(head).branchLabel(blankToNull(branchLabel))
                .dependsOn(ConsoleCommands.values(context, "depends-on"));
        if (autogenerate) {
            request = request.autogenerate(model.require("revision --autogenerate")).renameHints(hints)
                    .safeForms(plain ? Boolean.FALSE : null);
        }
        print(context, migrations.revision(request));
    }

    /** {@code merge -m MSG REVS...}: a revision whose parents are the given revisions ({@code heads}: all). */
    @Command(name = "merge", description = "Write a revision that merges revisions (e.g. heads)",
            help = "merge -m <message> [--branch-label <label>] [--format sql|java] [--directory <dir>]"
                    + " [--package <package>] <revision>...\n<revision>: heads, or the revisions to merge",
            group = ConsoleCommands.GROUP, completionProvider = ConsoleCommands.COMPLETION,
            exitStatusExceptionMapper = ConsoleCommands.ERRORS)
    public void merge(CommandContext context,
            @Option(longName = "message", shortName = 'm', description = "the revision message") String message,
            @Option(longName = "branch-label", description = "a branch label for the revision") String branchLabel,
            @Option(longName = "format", description = "sql (default) or java") String format,
            @Option(longName = "directory", description = "write here instead of the first location")
            String directory,
            @Option(longName = "package", description = "the package of a Java revision") String javaPackage) {
        List<String> revisions = context.parsedInput().arguments().stream().map(a -> a.value())
                .filter(v -> v != null && !v.isBlank()).toList();
        if (revisions.isEmpty()) {
            throw new UsageException("Command 'merge' needs the revisions to merge, e.g. 'merge -m \"merge\" heads'");
        }
        Migrations migrations = source.load();
        RevisionRequest request = request(message, "merge", format(format), directory, javaPackage)
                .branchLabel(blankToNull(branchLabel)).mergeOf(revisions);
        print(context, migrations.revision(request));
    }

    private RevisionRequest request(String message, String command, ScriptFormat format, String directory,
            String javaPackage) {
        if (message == null || message.isBlank()) {
            throw new UsageException("Command '" + command + "' needs a message: -m \"what it does\"");
        }
        RevisionTarget target = RevisionTarget.resolve(source.locations(), format,
                directory == null || directory.isBlank() ? null : Path.of(directory), blankToNull(javaPackage),
                workingDirectory);
        return RevisionRequest.of(message).format(format).directory(target.directory())
                .javaPackage(target.javaPackage());
    }

    private static void print(CommandContext context, RevisionResult result) {
        List<String> lines = new ArrayList<>();
        lines.add(result.path().toString());
        lines.addAll(ConsoleOutput.diffWarnings(result.warnings()));
        ConsoleOutput.print(context, String.join("\n", lines));
    }

    private static ScriptFormat format(String format) {
        if (format == null || format.isBlank()) {
            return ScriptFormat.SQL;
        }
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "sql" -> ScriptFormat.SQL;
            case "java" -> ScriptFormat.JAVA;
            default -> throw new UsageException("Unknown format '" + format + "'; use sql or java");
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

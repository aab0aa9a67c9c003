package org.opsdb.migrations.shell.command;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.autogenerate.ModelCheckResult;
import org.opsdb.migrations.autoconfigure.init.DatabaseInitService;
import org.opsdb.migrations.runtime.MigrationResult;
import org.opsdb.migrations.runtime.UrlDataSource;
import org.opsdb.migrations.shell.source.MigrationsSource;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/**
 * Commands that compare or create schemas: {@code check} (entity model against the database; exit 2 when they
 * differ), {@code init [--drop]} (schema from the entity model, then stamp, behind the production guard) and
 * {@code diff} (the SQL migration between two live databases).
 */
public class SchemaCommands {

    private final MigrationsSource source;
    private final EntityModel model;
    private final Supplier<DatabaseInitService> initService;
    private final ConsoleGuard guard;

    /**
     * @param source      the migrations
     * @param model       the entity model
     * @param initService the application's {@link DatabaseInitService}, or a supplier of {@code null}
     * @param guard       the guard {@code init --drop} passes first
     */
    public SchemaCommands(MigrationsSource source, EntityModel model, Supplier<DatabaseInitService> initService,
            ConsoleGuard guard) {
        this.source = source;
        this.model = model;
        this.initService = initService;
        this.guard = guard;
    }

    /** {@code check}: exit 0 when the database at head matches the entity model, 2 with the differences if not. */
    @Command(name = "check", description = "Compare the entity model with the database (exit 2 when they differ)",
            help = "check", group = ConsoleCommands.GROUP, exitStatusExceptionMapper = ConsoleCommands.ERRORS)
    public void check(CommandContext context) {
        Migrations migrations = source.load();
        ModelCheckResult result = migrations.check(model.require("check"));
        if (result.inSync()) {
            ConsoleOutput.print(context, "No differences between the entity model and the database");
            return;
        }
        List<String> lines = new ArrayList<>(result.differences());
        lines.addAll(ConsoleOutput.diffWarnings(result.warnings()));
        ConsoleOutput.print(context, String.join("\n", lines));
        throw new DifferencesFoundException();
    }

    /** {@code init [--drop]}: create the schema from the entity model and stamp the heads. */
    @Command(name = "init", description = "Create the schema from the entity model and stamp the head",
            help = "init [--drop [--allow-destructive]]\n--drop wipes the schema first; refused under a guarded profile"
                    + " without --allow-destructive",
            group = ConsoleCommands.GROUP, exitStatusExceptionMapper = ConsoleCommands.ERRORS)
    public void init(CommandContext context,
            @Option(longName = "drop", description = "drop the schema's objects first") boolean drop,
            @Option(longName = "allow-destructive", description = "--drop even under a guarded (production) profile")
            boolean allowDestructive) {
        if (drop) {
            guard.check("init --drop", allowDestructive);
        }
        DatabaseInitService service = initService.get();
        if (service == null) {
            model.require(drop ? "init --drop" : "init");
            throw new UsageException("'init' needs the application's opsdb-migrations starter (DatabaseInitService)");
        }
        MigrationResult result = service.init(drop, false);
        String stamped = result.headsAfter().isEmpty() ? "stamped nothing (there are no revisions)"
                : "stamped " + String.join(", ", new TreeSet<>(result.headsAfter()));
        ConsoleOutput.print(context, (drop ? "Dropped the schema, created it from the entity model and "
                : "Created the schema from the entity model and ") + stamped);
    }

    /**
     * {@code diff --from URL --to URL [--schema S]...}: the SQL migration that turns {@code from} into {@code to},
     * leaving out the version and history tables the console is configured with; changes to tables that exist take
     * their safe forms unless {@code --plain} (or {@code opsdb.migrations.autogenerate.safe-forms=false}).
     */
    @Command(name = "diff", description = "Print the SQL migration that turns one database into another",
            help = "diff --from <jdbc-url> --to <jdbc-url> [--schema <schema>]... [--from-user <user>]"
                    + " [--from-password <password>] [--to-user <user>] [--to-password <password>] [--plain]\n--plain:"
                    + " plain DDL for tables that exist (CREATE INDEX, ADD CONSTRAINT, SET NOT NULL) instead of the"
                    + " safe forms (CONCURRENTLY, NOT VALID + VALIDATE, USING INDEX)",
            group = ConsoleCommands.GROUP, exitStatusExceptionMapper = ConsoleCommands.ERRORS)
    public void diff(CommandContext context,
            @Option(longName = "from", description = "JDBC URL of the database as it is") String from,
            @Option(longName = "to", description = "JDBC URL of the database as it should be") String to,
            @Option(longName = "schema", description = "a schema to compare (repeatable; default all)") String schema,
            @Option(longName = "from-user", description = "user for --from") String fromUser,
            @Option(longName = "from-password", description = "password for --from") String fromPassword,
            @Option(longName = "to-user", description = "user for --to") String toUser,
            @Option(longName = "to-password", description = "password for --to") String toPassword,
            @Option(longName = "plain", description = "plain forms instead of the safe forms") boolean plain) {
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            throw new UsageException("Command 'diff' needs --from JDBC_URL and --to JDBC_URL");
        }
        List<String> schemas = ConsoleCommands.values(context, "schema");
        ConsoleOutput.print(context, Migrations.diff(
                new UrlDataSource(UrlDataSource.refuseControlCharacters("--from", from),
                        UrlDataSource.refuseControlCharacters("--from-user", fromUser), fromPassword),
                new UrlDataSource(UrlDataSource.refuseControlCharacters("--to", to),
                        UrlDataSource.refuseControlCharacters("--to-user", toUser), toPassword), schemas,
                source.settings().ownTables(), !plain && source.settings().autogenerateSafeForms()));
    }
}

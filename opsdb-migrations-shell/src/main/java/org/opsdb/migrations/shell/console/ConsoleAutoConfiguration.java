package org.opsdb.migrations.shell.console;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.opsdb.migrations.autoconfigure.login.MissingUserHint;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.autoconfigure.guard.ProductionGuard;
import org.opsdb.migrations.autoconfigure.init.DatabaseInitService;
import org.opsdb.migrations.autogenerate.ModelSource;
import org.opsdb.migrations.shell.command.ConsoleCommands;
import org.opsdb.migrations.shell.command.ConsoleGuard;
import org.opsdb.migrations.shell.command.InfoCommands;
import org.opsdb.migrations.shell.command.EntityModel;
import org.opsdb.migrations.shell.command.FleetCommands;
import org.opsdb.migrations.shell.command.GraphCommands;
import org.opsdb.migrations.shell.command.SchemaCommands;
import org.opsdb.migrations.shell.command.ScriptCommands;
import org.opsdb.migrations.shell.command.MigrationCommands;
import org.opsdb.migrations.shell.command.RevisionCommands;
import org.opsdb.migrations.shell.completion.OpsdbCommandCompleter;
import org.opsdb.migrations.shell.completion.RevisionCompletionProvider;
import org.opsdb.migrations.shell.source.MigrationsSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.shell.core.ShellRunner;
import org.springframework.shell.core.autoconfigure.SpringShellAutoConfiguration;
import org.springframework.shell.core.autoconfigure.TerminalCustomizer;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.jline.PromptProvider;

/**
 * The migrations console on top of Spring Shell: the command classes (registered by {@link CommandRegistrar},
 * so they are found whatever the application's package), the revision completion, the error mapping, a parser
 * that knows {@code -1} is a revision, and the runner that keeps the exit-code contract. Active only when
 * {@code opsdb.console.enabled=true}, which {@link org.opsdb.migrations.shell.OpsdbConsole} sets; see
 * {@link ConsoleAutoConfigurationFilter} for why Spring Shell itself stays off otherwise.
 */
@AutoConfiguration(before = SpringShellAutoConfiguration.class)
@ConditionalOnClass(CommandRegistry.class)
@ConditionalOnBooleanProperty(name = "opsdb.console.enabled")
@Import(CommandRegistrar.class)
public class ConsoleAutoConfiguration {

    @Bean
    MigrationsSource opsdbMigrationsSource(Environment environment, ObjectProvider<DataSource> dataSource,
            ObjectProvider<Migrations> migrations) {
        return new MigrationsSource(environment, dataSource::getIfUnique, migrations::getIfUnique);
    }

    @Bean
    EntityModel opsdbEntityModel(ObjectProvider<ModelSource> model) {
        return new EntityModel(model::getIfUnique);
    }

    @Bean
    ScriptCommands opsdbScriptCommands(MigrationsSource source, EntityModel model) {
        return new ScriptCommands(source, model, Path.of(""));
    }

    @Bean
    SchemaCommands opsdbSchemaCommands(MigrationsSource source, EntityModel model,
            ObjectProvider<DatabaseInitService> initService, ConsoleGuard guard) {
        return new SchemaCommands(source, model, initService::getIfUnique, guard);
    }

    @Bean
    RevisionCommands opsdbRevisionCommands(MigrationsSource source) {
        return new RevisionCommands(source);
    }

    @Bean
    GraphCommands opsdbGraphCommands(MigrationsSource source) {
        return new GraphCommands(source);
    }

    @Bean
    MigrationCommands opsdbMigrationCommands(MigrationsSource source, ConsoleGuard guard) {
        return new MigrationCommands(source, guard);
    }

    @Bean
    FleetCommands opsdbFleetCommands(MigrationsSource source, ConsoleGuard guard, EntityModel model) {
        return new FleetCommands(source, guard, model);
    }

    /** The application's production guard, or one over the console's own settings (the standalone console). */
    @Bean
    ConsoleGuard opsdbConsoleGuard(Environment environment, ObjectProvider<ProductionGuard> guard) {
        boolean oneShot = !environment.getProperty("spring.shell.interactive.enabled", Boolean.class, true);
        return new ConsoleGuard(() -> {
            ProductionGuard bean = guard.getIfUnique();
            return bean != null ? bean : ProductionGuard.of(environment);
        }, oneShot ? System.err : null);
    }

    @Bean
    InfoCommands opsdbInfoCommands() {
        return new InfoCommands();
    }

    @Bean(ConsoleCommands.COMPLETION)
    RevisionCompletionProvider opsdbRevisionCompletion(MigrationsSource source) {
        return new RevisionCompletionProvider(source);
    }

    @Bean(ConsoleCommands.ERRORS)
    ConsoleErrors opsdbConsoleErrors(Environment environment) {
        return new ConsoleErrors(MissingUserHint.of(environment, "pass --user or set SPRING_DATASOURCE_USERNAME"));
    }

    @Bean
    CommandParser opsdbCommandParser(CommandRegistry registry) {
        return new OpsdbCommandParser(registry);
    }

    @Bean
    OpsdbCommandCompleter opsdbCommandCompleter(CommandRegistry registry) {
        return new OpsdbCommandCompleter(registry);
    }

    @Bean
    PromptProvider opsdbPromptProvider() {
        return () -> new AttributedString("opsdb:>", AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
    }

    /** One-shot runs never touch the terminal: no raw mode, nothing read from stdin, nothing written to stdout. */
    @Bean
    @ConditionalOnBooleanProperty(name = "spring.shell.interactive.enabled", havingValue = false)
    TerminalCustomizer opsdbOneShotTerminal() {
        return builder -> builder.system(false).dumb(true)
                .streams(InputStream.nullInputStream(), OutputStream.nullOutputStream());
    }

    /** {@code script --file F}, in place of Spring Shell's (switched off by the console's forced properties). */
    @Bean
    ScriptFileCommand opsdbScriptFileCommand(CommandParser parser, CommandRegistry registry, ConsoleErrors errors) {
        return new ScriptFileCommand(new CommandLineExecutor(parser, registry, errors));
    }

    @Bean
    OneShotRunner opsdbOneShotRunner(CommandParser parser, CommandRegistry registry, ConsoleErrors errors) {
        return new OneShotRunner(parser, registry, errors);
    }

    /** The standalone console's notes on locations it cannot serve fully (set by {@code bin/opsdb}). */
    @Bean
    @ConditionalOnBooleanProperty(name = LocationNotesRunner.PROPERTY)
    LocationNotesRunner opsdbLocationNotes(MigrationsSource source, ObjectProvider<ConsoleInvocation> invocation) {
        return new LocationNotesRunner(source, invocation.getIfAvailable(), System.err);
    }

    @Bean
    ConsoleRunner opsdbConsoleRunner(ObjectProvider<ConsoleInvocation> invocation,
            ObjectProvider<ShellRunner> interactive, OneShotRunner oneShot) {
        return new ConsoleRunner(invocation.getIfAvailable(), interactive, oneShot);
    }
}

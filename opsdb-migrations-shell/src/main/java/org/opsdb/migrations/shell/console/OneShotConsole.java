package org.opsdb.migrations.shell.console;

import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.autoconfigure.guard.ProductionGuard;
import org.opsdb.migrations.autoconfigure.init.DatabaseInitService;
import org.opsdb.migrations.autogenerate.ModelSource;
import org.opsdb.migrations.shell.command.ConsoleCommands;
import org.opsdb.migrations.shell.command.ConsoleGuard;
import org.opsdb.migrations.shell.command.EntityModel;
import org.opsdb.migrations.shell.command.FleetCommands;
import org.opsdb.migrations.shell.command.GraphCommands;
import org.opsdb.migrations.shell.command.InfoCommands;
import org.opsdb.migrations.shell.command.MigrationCommands;
import org.opsdb.migrations.shell.command.RevisionCommands;
import org.opsdb.migrations.shell.command.SchemaCommands;
import org.opsdb.migrations.shell.command.ScriptCommands;
import org.opsdb.migrations.shell.completion.RevisionCompletionProvider;
import org.opsdb.migrations.shell.source.MigrationsSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.convert.support.ConfigurableConversionService;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.annotation.support.CommandFactoryBean;

/**
 * Runs one console command that reads no entity model without starting a Spring Boot application: the
 * environment is prepared as the application's would be ({@link ConsoleEnvironment}), and a plain Spring context
 * holds just the console: the beans of {@link ConsoleAutoConfiguration} a one-shot command uses, made by its own
 * bean methods and registered directly (no configuration-class parsing, no conditions, no auto-configuration), the
 * command classes as Spring Shell's command factory makes them ({@link CommandRegistrar}), and what Spring Shell's
 * auto-configuration would otherwise give those: a registry, a conversion service and a parameter validator
 * ({@link UnconstrainedParameters}). Each command's migrations are bound from {@code opsdb.migrations.*}, the
 * connection from {@code opsdb.migrations.url} or {@code spring.datasource.*} ({@link MigrationsSource}). No web
 * server, no JPA, no Hibernate, no connection pool, no logging system, none of the application's beans; the same
 * command implementations, parser and exit-code contract ({@link OneShotRunner}) as the interactive console's.
 */
public final class OneShotConsole {

    private OneShotConsole() {
    }

    /**
     * Runs the command.
     *
     * @param application the application, for its class loader and environment post-processors (not run)
     * @param invocation  the command words
     * @param args        the Spring arguments ({@code --name=value})
     * @param defaults    the default properties
     * @param out         where the answer goes
     * @param err         where notes and the error line go
     * @return the exit code
     */
    public static int run(SpringApplication application, ConsoleInvocation invocation, String[] args,
            Map<String, Object> defaults, PrintStream out, PrintStream err) {
        Set<ApplicationContextInitializer<?>> own = new HashSet<>(application.getInitializers());
        ConfigurableEnvironment environment = ConsoleEnvironment.prepare(application, args, defaults);
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            context.setEnvironment(environment);
            context.setClassLoader(application.getClassLoader());
            register(context, invocation);
            addedByPostProcessors(application, own).forEach(initializer -> initializer.initialize(context));
            context.refresh();
            registerCommands(context);
            context.getBeanProvider(LocationNotesRunner.class).ifAvailable(notes -> notes.run(null));
            return context.getBean(OneShotRunner.class).run(invocation.command(), out, err);
        }
    }

    /**
     * The initializers the environment post-processors added to the application (e.g. one that registers a server
     * it started, so that the context closes it): applied to the console's context as the application would apply
     * them to its own. The application's own initializers are not: they set up an application's context.
     */
    @SuppressWarnings("unchecked")
    private static List<ApplicationContextInitializer<ConfigurableApplicationContext>> addedByPostProcessors(
            SpringApplication application, Set<ApplicationContextInitializer<?>> own) {
        return application.getInitializers().stream().filter(initializer -> !own.contains(initializer))
                .map(initializer -> (ApplicationContextInitializer<ConfigurableApplicationContext>) initializer)
                .toList();
    }

    /** Registers the console's beans, each made as {@link ConsoleAutoConfiguration} makes it. */
    private static void register(GenericApplicationContext context, ConsoleInvocation invocation) {
        ConsoleAutoConfiguration console = new ConsoleAutoConfiguration();
        ConfigurableEnvironment environment = context.getEnvironment();
        Beans beans = new Beans(context);
        context.registerBean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME, MessageSource.class,
                () -> new NoMessages());
        context.registerBean("opsdbConsoleInvocation", ConsoleInvocation.class, () -> invocation);
        context.registerBean(CommandRegistry.class, () -> new CommandRegistry());
        context.registerBean(ConfigurableConversionService.class, () -> new DefaultConversionService());
        context.registerBean(UnconstrainedParameters.class, () -> new UnconstrainedParameters());
        context.registerBean(MigrationsSource.class, () -> console.opsdbMigrationsSource(environment,
                context.getBeanProvider(DataSource.class), context.getBeanProvider(Migrations.class)));
        context.registerBean(EntityModel.class,
                () -> console.opsdbEntityModel(context.getBeanProvider(ModelSource.class)));
        context.registerBean(ConsoleGuard.class,
                () -> console.opsdbConsoleGuard(environment, context.getBeanProvider(ProductionGuard.class)));
        context.registerBean(ScriptCommands.class, () -> console.opsdbScriptCommands(beans.source(), beans.model()));
        context.registerBean(SchemaCommands.class, () -> console.opsdbSchemaCommands(beans.source(), beans.model(),
                context.getBeanProvider(DatabaseInitService.class), beans.guard()));
        context.registerBean(RevisionCommands.class, beans.withSource(console::opsdbRevisionCommands));
        context.registerBean(GraphCommands.class, beans.withSource(console::opsdbGraphCommands));
        context.registerBean(MigrationCommands.class,
                () -> console.opsdbMigrationCommands(beans.source(), beans.guard()));
        context.registerBean(FleetCommands.class,
                () -> console.opsdbFleetCommands(beans.source(), beans.guard(), beans.model()));
        context.registerBean(InfoCommands.class, console::opsdbInfoCommands);
        context.registerBean(ConsoleCommands.COMPLETION, RevisionCompletionProvider.class,
                beans.withSource(console::opsdbRevisionCompletion));
        context.registerBean(ConsoleCommands.ERRORS, ConsoleErrors.class, () -> console.opsdbConsoleErrors(environment));
        context.registerBean(CommandParser.class, () -> console.opsdbCommandParser(beans.registry()));
        context.registerBean(OneShotRunner.class,
                () -> console.opsdbOneShotRunner(beans.parser(), beans.registry(), beans.errors()));
        if (environment.getProperty(LocationNotesRunner.PROPERTY, Boolean.class, false)) {
            context.registerBean(LocationNotesRunner.class, () -> console.opsdbLocationNotes(beans.source(),
                    context.getBeanProvider(ConsoleInvocation.class)));
        }
    }

    /**
     * Makes each command of {@link ConsoleCommands#CLASSES} with Spring Shell's command factory, as the
     * {@link CommandRegistrar}'s bean definitions do in the application's context, and registers it.
     */
    private static void registerCommands(GenericApplicationContext context) {
        CommandRegistry registry = context.getBean(CommandRegistry.class);
        for (Method method : CommandRegistrar.commandMethods()) {
            CommandFactoryBean factory = new CommandFactoryBean(method);
            factory.setApplicationContext(context);
            registry.registerCommand(factory.getObject());
        }
    }

    /**
     * The context's message source: the console resolves no messages (the context's default one would set up
     * every locale of the JVM as it starts, a tenth of the command's time).
     */
    private static final class NoMessages implements MessageSource {

        @Override
        public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
            return defaultMessage;
        }

        @Override
        public String getMessage(String code, Object[] args, Locale locale) {
            throw new NoSuchMessageException(code, locale);
        }

        @Override
        public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
            if (resolvable.getDefaultMessage() != null) {
                return resolvable.getDefaultMessage();
            }
            String[] codes = resolvable.getCodes();
            throw new NoSuchMessageException(codes == null || codes.length == 0 ? "" : codes[0], locale);
        }
    }

    /** The beans the registrations above depend on, looked up when a bean is made. */
    private record Beans(GenericApplicationContext context) {

        MigrationsSource source() {
            return context.getBean(MigrationsSource.class);
        }

        EntityModel model() {
            return context.getBean(EntityModel.class);
        }

        ConsoleGuard guard() {
            return context.getBean(ConsoleGuard.class);
        }

        CommandRegistry registry() {
            return context.getBean(CommandRegistry.class);
        }

        CommandParser parser() {
            return context.getBean(CommandParser.class);
        }

        ConsoleErrors errors() {
            return context.getBean(ConsoleErrors.class);
        }

        <T> Supplier<T> withSource(Function<MigrationsSource, T> bean) {
            return () -> bean.apply(source());
        }
    }
}

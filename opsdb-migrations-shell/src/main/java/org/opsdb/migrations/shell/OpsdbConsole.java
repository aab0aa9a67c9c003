package org.opsdb.migrations.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opsdb.migrations.MigrationsSettings;
import org.opsdb.migrations.hibernate.HibernateModelSource;
import org.opsdb.migrations.shell.console.ConsoleArguments;
import org.opsdb.migrations.shell.console.ConsoleErrors;
import org.opsdb.migrations.shell.console.ConsoleInvocation;
import org.opsdb.migrations.shell.console.OneShotConsole;
import org.opsdb.migrations.shell.console.SilentLogging;
import org.opsdb.migrations.shell.console.StandardOutput;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the migrations console inside an application's context: interactive without a command, one-shot
 * ({@code upgrade head}, {@code history -r base:head}, …) with one. Used by the standalone console
 * ({@link OpsdbConsoleApplication}) and by services that offer the console on demand:
 * <pre>{@code
 * public static void main(String[] args) {
 *     if (OpsdbConsole.runIfRequested(args, MyService.class)) {
 *         return;
 *     }
 *     SpringApplication.run(MyService.class, args);   // the service; no console starts
 * }
 * }</pre>
 * The console context has the web server off and no banner; in one-shot mode it logs nowhere, so standard
 * output carries only the command's answer. A one-shot command that reads no entity model (all but
 * {@code revision --autogenerate}, {@code check}, {@code init} and {@code script}) runs in the console's own small
 * context ({@link OneShotConsole}: the application's environment, data source and migrations, no JPA,
 * no Hibernate, none of the application's beans) instead of the application's.
 */
public final class OpsdbConsole {

    /** The first argument that asks a service for its console: {@code java -jar app.jar console [command…]}. */
    public static final String CONSOLE_ARGUMENT = "console";

    /** Property that lets the console start; false (the default) keeps Spring Shell out of an application. */
    public static final String ENABLED_PROPERTY = "opsdb.console.enabled";

    /**
     * Property that runs every command in the application's whole context ({@code true}; read from the command
     * line, {@code --opsdb.console.application-context=true}, or the environment,
     * {@code OPSDB_CONSOLE_APPLICATION_CONTEXT=true}): for a service whose migrations depend on its own beans (a
     * {@code MigrationListener}, a {@code MigrationsConfigurationCustomizer}, a {@code DataSource} bean of its own),
     * which the small context of {@link OneShotConsole} does not start.
     */
    public static final String APPLICATION_CONTEXT_PROPERTY = "opsdb.console.application-context";

    /** System property that switches off Spring Boot's {@code BackgroundPreinitializer}. */
    private static final String BACKGROUND_PREINITIALIZER_IGNORE = "spring.backgroundpreinitializer.ignore";

    /** The loggers Spring Boot reports a failed start with. */
    private static final List<String> STARTUP_FAILURE_LOGGERS = List.of(SpringApplication.class.getName(),
            "org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter");

    private OpsdbConsole() {
    }

    /**
     * Runs the console when {@code args[0]} is {@value #CONSOLE_ARGUMENT} and then exits the JVM with its exit
     * code; returns {@code false} without doing anything otherwise.
     *
     * @param args             the application's command line
     * @param applicationClass the application's {@code @SpringBootApplication} class
     */
    public static boolean runIfRequested(String[] args, Class<?> applicationClass) {
        if (args.length == 0 || !args[0].equals(CONSOLE_ARGUMENT)) {
            return false;
        }
        System.exit(run(applicationClass, Arrays.copyOfRange(args, 1, args.length)));
        return true;
    }

    /**
     * Runs the console in a new context of the application and closes it.
     *
     * @param applicationClass the application's {@code @SpringBootApplication} class
     * @param args             global options ({@code --url}, {@code --location}, …) then the command words
     * @return the exit code: 0 on success, 1 (or the command's own code) on failure
     */
    public static int run(Class<?> applicationClass, String... args) {
        ConsoleArguments arguments;
        try {
            arguments = ConsoleArguments.parse(args);
        }
        catch (RuntimeException e) {
            System.err.println(ConsoleErrors.describe(e));
            return ConsoleErrors.FAILURE;
        }
        ConsoleInvocation invocation = new ConsoleInvocation(arguments.command());
        // one-shot commands that read no entity model run in the console's own small context, not the service's
        boolean wholeContext = invocation.needsApplicationContext() || applicationContextAsked(arguments);
        List<String> springArgs = new ArrayList<>(List.of(arguments.springArguments()));
        forced(invocation).forEach((k, v) -> springArgs.add("--" + k + "=" + v));
        if (!wholeContext) {
            return runOneShot(applicationClass, invocation, springArgs.toArray(String[]::new));
        }
        SpringApplication application = new SpringApplication(applicationClass);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
        application.setDefaultProperties(new LinkedHashMap<>(defaultProperties()));
        application.addInitializers(context -> context.getBeanFactory()
                .registerSingleton("opsdbConsoleInvocation", invocation));
        silenceStartupFailureReports();
        try {
            ConfigurableApplicationContext context = application.run(springArgs.toArray(String[]::new));
            return SpringApplication.exit(context);
        }
        catch (RuntimeException e) {
            System.err.println(ConsoleErrors.describe(e));
            return ConsoleErrors.FAILURE;
        }
    }

    /**
     * Runs a one-shot command that reads no entity model in the console's own small context ({@link OneShotConsole}),
     * without starting the application.
     */
    private static int runOneShot(Class<?> applicationClass, ConsoleInvocation invocation, String[] springArgs) {
        SilentLogging.install();
        try {
            SpringApplication application = new SpringApplication(applicationClass);
            return OneShotConsole.run(application, invocation, springArgs, new LinkedHashMap<>(defaultProperties()),
                    StandardOutput.open(), System.err);
        }
        catch (RuntimeException e) {
            System.err.println(ConsoleErrors.describe(e));
            return ConsoleErrors.FAILURE;
        }
    }

    /** Whether the command line or the environment asks for the application's context (see the property). */
    private static boolean applicationContextAsked(ConsoleArguments arguments) {
        String value = arguments.properties().getOrDefault(APPLICATION_CONTEXT_PROPERTY,
                System.getenv("OPSDB_CONSOLE_APPLICATION_CONTEXT"));
        return Boolean.parseBoolean(value);
    }

    /**
     * A failed start is reported as one line on standard error (below), so Spring Boot's own report, a stack trace
     * or failure analysis on standard output, is switched off: here for a failure before logging is set up (e.g.
     * in an environment post-processor, when Boot logs through the logging library's defaults), and by
     * {@link #forcedProperties(boolean)} after.
     */
    private static void silenceStartupFailureReports() {
        LoggingSystem logging = LoggingSystem.get(OpsdbConsole.class.getClassLoader());
        STARTUP_FAILURE_LOGGERS.forEach(logger -> logging.setLogLevel(logger, LogLevel.OFF));
    }

    /** Settings the console needs whatever the application's configuration says. */
    private static Map<String, String> forced(ConsoleInvocation invocation) {
        return forcedProperties(invocation.interactive());
    }

    /**
     * The properties a console context runs with whatever the application says: Spring Shell on, no web server,
     * no banner; the service's migrate-on-boot off ({@code opsdb.migrations.on-boot=none}, so the starter's
     * beans stay available to the commands), no background reading of the scripts
     * ({@code opsdb.migrations.preload=false}: the commands read them themselves) and Hibernate's schema management off
     * ({@code spring.jpa.hibernate.ddl-auto=none}, so the console opens on an empty database, where
     * {@code init} or {@code upgrade} are what the operator came to run), Hibernate's comparison of a sequence's
     * increment with the entity's {@code allocationSize} off (the console reads the model, it never allocates ids: a
     * difference is what {@code check} reports and {@code revision --autogenerate} writes, see
     * {@link HibernateModelSource#SEQUENCE_MISMATCH_SETTING}), and Spring Boot's report of a failed start
     * off (the console prints the cause in one line instead).
     */
    static Map<String, String> forcedProperties(boolean interactive) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(ENABLED_PROPERTY, "true");
        properties.put("spring.shell.interactive.enabled", String.valueOf(interactive));
        properties.put("spring.shell.command.history.enabled", "false");
        // the console's own help and version (InfoCommands) and script (ScriptFileCommand) replace Spring Shell's
        properties.put("spring.shell.command.help.enabled", "false");
        properties.put("spring.shell.command.version.enabled", "false");
        properties.put("spring.shell.command.script.enabled", "false");
        properties.put("spring.main.web-application-type", "none");
        properties.put("spring.main.banner-mode", "off");
        properties.put(MigrationsSettings.PROPERTY_PREFIX + ".on-boot", "none");
        properties.put(MigrationsSettings.PROPERTY_PREFIX + ".preload", "false");
        properties.put("spring.jpa.hibernate.ddl-auto", "none");
        properties.put("spring.jpa.properties." + HibernateModelSource.SEQUENCE_MISMATCH_SETTING,
                HibernateModelSource.SEQUENCE_MISMATCH_IGNORED);
        if (!interactive) {
            properties.put("logging.console.enabled", "false");
        }
        STARTUP_FAILURE_LOGGERS.forEach(logger -> properties.put("logging.level." + logger, "off"));
        return properties;
    }

    /**
     * The defaults a console context runs with unless the application says otherwise: logs at WARN, Spring Shell's
     * files under {@code {userconfig}/opsdb}, and Hibernate told that the database is PostgreSQL and not to open a
     * connection while the context starts ({@code hibernate.boot.allow_jdbc_metadata_access=false}): a service's
     * console then opens whatever the state of the database, its offline commands ({@code --sql}, {@code history},
     * {@code revision}) work without one, and a command that needs the database reports why it cannot connect
     * ({@code Cannot connect to the database: unknown host '…'}, {@code Database refused the login: …}) instead of
     * Hibernate's "Unable to determine Dialect without JDBC metadata".
     */
    static Map<String, String> defaultProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("logging.level.root", "warn");
        properties.put("spring.shell.config.location", "{userconfig}/opsdb");
        properties.put("spring.shell.history.name", "history");
        properties.put("spring.jpa.properties.jakarta.persistence.database-product-name", "PostgreSQL");
        properties.put("spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access", "false");
        return properties;
    }
}

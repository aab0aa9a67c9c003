package org.opsdb.migrations.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.consoleapp.v1.ConsoleAppV1Service;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * One-shot commands that read no entity model run in the console's own small context
 * ({@code OneShotConsole}), in a service and standalone: the answer is the same, and the child JVM
 * never loads Hibernate's session factory nor Spring Boot's auto-configuration selector (the application's
 * {@code @SpringBootApplication} is not started), nor any of {@link #NOT_STARTED}. {@code check} still starts the service's JPA, which reads the
 * entity model. The classes a child loaded are read from its {@code -Xlog:class+load} file.
 */
@FreshDatabase
class OneShotContextTest {

    private static final String SESSION_FACTORY = "org.hibernate.internal.SessionFactoryImpl";
    /** The group that imports an {@code @EnableAutoConfiguration}'s auto-configurations. */
    private static final String AUTO_CONFIGURATION
            = "org.springframework.boot.autoconfigure.AutoConfigurationImportSelector$AutoConfigurationGroup";

    /**
     * What a one-shot command that reads no entity model starts none of: Spring Boot's run of an application (its
     * run listeners), configuration-class parsing, Spring Shell's auto-configuration and its JLine terminal, a
     * Bean Validation provider, a logging library, a connection pool.
     */
    private static final List<String> NOT_STARTED = List.of(
            "org.springframework.boot.SpringApplicationRunListeners",
            "org.springframework.context.annotation.ConfigurationClassPostProcessor",
            "org.springframework.shell.core.autoconfigure.SpringShellAutoConfiguration",
            "org.jline.terminal.TerminalBuilder",
            "org.hibernate.validator.HibernateValidator",
            "ch.qos.logback.classic.LoggerContext",
            "com.zaxxer.hikari.HikariDataSource");

    /** ConsoleAppV1's migrations (its entities match them). */
    private static final Map<String, String> SERVICE = Map.of("OPSDB_MIGRATIONS_LOCATIONS", "classpath:db/consoleapp");

    private final TestDatabase db;

    @TempDir
    Path dir;

    OneShotContextTest(TestDatabase db) {
        this.db = db;
    }

    /** What the child printed, and the names of the classes it loaded. */
    private record Run(ConsoleResult result, List<String> loaded) {
    }

    private Run run(Class<?> mainClass, String... args) throws Exception {
        return run(mainClass, Map.of(), args);
    }

    private Run run(Class<?> mainClass, Map<String, String> environment, String... args) throws Exception {
        Path log = Files.createTempFile(dir, "classes", ".log");
        Map<String, String> variables = new HashMap<>(environment);
        variables.putAll(Map.of("SPRING_DATASOURCE_URL", db.jdbcUrl(), "SPRING_DATASOURCE_USERNAME", db.username(),
                "SPRING_DATASOURCE_PASSWORD", db.password() == null ? "" : db.password()));
        ConsoleResult result = ConsoleProcess.run(mainClass, List.of("-Xlog:class+load=info:file=" + log),
                variables, args);
        List<String> loaded = Files.readAllLines(log).stream().map(line -> line.replaceFirst("^\\[[^ ]* ", ""))
                .map(line -> line.split(" ")[0]).toList();
        return new Run(result, loaded);
    }

    @Test
    void aServicesCurrentStartsNoHibernateAndNoAutoConfigurationButCheckDoes() throws Exception {
        Run upgrade = run(ConsoleAppV1Service.class, SERVICE, "console", "upgrade", "head");
        assertThat(upgrade.result().timed()).isEqualTo(new ConsoleResult(
                "Running upgrade  -> f00f00f00f01, create telescope ... done in N ms\n"
                        + "Upgraded 1 revision in N ms; now at f00f00f00f01 (head)\n", "", 0));
        Run current = run(ConsoleAppV1Service.class, SERVICE, "console", "current");
        assertThat(current.result()).isEqualTo(new ConsoleResult("f00f00f00f01 (head)\n", "", 0));
        assertThat(current.loaded()).contains(OpsdbConsole.class.getName())
                .doesNotContain(SESSION_FACTORY, AUTO_CONFIGURATION).doesNotContainAnyElementsOf(NOT_STARTED);
        Run check = run(ConsoleAppV1Service.class, SERVICE, "console", "check");
        assertThat(check.result().exitCode()).isZero();
        assertThat(check.loaded()).contains(SESSION_FACTORY, AUTO_CONFIGURATION);
    }

    @Test
    void theStandaloneConsolesCurrentStartsNoAutoConfiguration() throws Exception {
        String location = Path.of("src/test/resources/db/consoleapp").toAbsolutePath().toString();
        assertThat(run(OpsdbConsoleApplication.class, "--location", location, "upgrade", "head").result().exitCode())
                .isZero();
        Run current = run(OpsdbConsoleApplication.class, "--location", location, "current");
        assertThat(current.result()).isEqualTo(new ConsoleResult("f00f00f00f01 (head)\n", "", 0));
        assertThat(current.loaded()).contains(OpsdbConsole.class.getName())
                .doesNotContain(SESSION_FACTORY, AUTO_CONFIGURATION).doesNotContainAnyElementsOf(NOT_STARTED);
        // history has a boolean option (--verbose) left out: Spring Shell would fill it through Utils, which starts
        // a Bean Validation provider (the parser gives it its default instead)
        Run history = run(OpsdbConsoleApplication.class, "--location", location, "history");
        assertThat(history.result()).isEqualTo(new ConsoleResult("<base> -> f00f00f00f01 (head), create telescope\n",
                "", 0));
        assertThat(history.loaded()).doesNotContainAnyElementsOf(NOT_STARTED);
    }
}

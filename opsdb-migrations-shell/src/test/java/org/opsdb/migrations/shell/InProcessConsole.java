package org.opsdb.migrations.shell;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.opsdb.migrations.shell.console.OneShotRunner;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The console's context started once in the test JVM; runs one-shot commands and captures their output. */
public final class InProcessConsole implements AutoCloseable {

    /**
     * JUnit resource lock for test classes that start Spring contexts in the test JVM: Spring Boot's logging
     * initialisation is JVM-wide (and tests capture standard output), so such classes must not overlap (classes
     * run concurrently otherwise). Use {@code @ResourceLock(InProcessConsole.SPRING_CONTEXT)}.
     */
    public static final String SPRING_CONTEXT = "opsdb-in-process-spring-context";

    private final ConfigurableApplicationContext context;
    private final OneShotRunner runner;

    /** The standalone console with these properties. */
    public InProcessConsole(String... properties) {
        this(OpsdbConsoleApplication.class, properties);
    }

    /**
     * The console inside {@code application}: {@code properties} are the application's own settings (as if in
     * its {@code application.yml}); they outrank the console's defaults, and its forced settings outrank them, as
     * in {@link OpsdbConsole}.
     */
    public InProcessConsole(Class<?> application, String... properties) {
        List<String> defaults = new ArrayList<>();
        OpsdbConsole.defaultProperties().forEach((k, v) -> defaults.add(k + "=" + v));
        defaults.addAll(List.of(properties));
        List<String> forced = new ArrayList<>();
        OpsdbConsole.forcedProperties(false).forEach((k, v) -> forced.add("--" + k + "=" + v));
        this.context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
                .properties(defaults.toArray(String[]::new)).run(forced.toArray(String[]::new));
        this.runner = context.getBean(OneShotRunner.class);
    }

    /** Runs a command line (words separated by single spaces). */
    public ConsoleResult run(String line) {
        return runWords(line.split(" "));
    }

    /** Runs a command given as its words (a word may hold spaces, e.g. a message). */
    public ConsoleResult runWords(String... words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = runner.run(List.of(words), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new ConsoleResult(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), code);
    }

    /** The console's application context. */
    ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}

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

    private final ConfigurableApplicationContext context;
    private final OneShotRunner runner;

    public InProcessConsole(String... properties) {
        List<String> all = new ArrayList<>(List.of("opsdb.console.enabled=true",
                "spring.shell.interactive.enabled=false", "spring.shell.command.history.enabled=false",
                "logging.level.root=warn"));
        all.addAll(List.of(properties));
        this.context = new SpringApplicationBuilder(OpsdbConsoleApplication.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
                .properties(all.toArray(String[]::new)).run();
        this.runner = context.getBean(OneShotRunner.class);
    }

    /** Runs a command line (words separated by single spaces). */
    public ConsoleResult run(String line) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = runner.run(List.of(line.split(" ")), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new ConsoleResult(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), code);
    }

    @Override
    public void close() {
        context.close();
    }
}

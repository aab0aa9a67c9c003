package org.opsdb.benchmarks.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;

/**
 * The small JPA service the benchmarks boot: one entity mapped onto the first table of the generated history. The
 * migration tool (if any) comes from the app module's dependencies; everything else is identical.
 */
@SpringBootApplication
public class BenchmarkService {

    /** Spring's record of the boot's steps; {@link ToolTimeReporter} reads the tool's beans from it. */
    static final BufferingApplicationStartup STARTUP = new BufferingApplicationStartup(100_000);

    /** Boots the service; {@link ReadyReporter} prints {@code READY <epoch-ms>} when it is ready. */
    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(BenchmarkService.class);
        application.setApplicationStartup(STARTUP);
        application.run(args);
    }
}

package org.opsdb.benchmarks.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The small JPA service the benchmarks boot: one entity mapped onto the first table of the generated history. The
 * migration tool (if any) comes from the app module's dependencies; everything else is identical.
 */
@SpringBootApplication
public class BenchmarkService {

    /** Boots the service; {@link ReadyReporter} prints {@code READY <epoch-ms>} when it is ready. */
    public static void main(String[] args) {
        SpringApplication.run(BenchmarkService.class, args);
    }
}

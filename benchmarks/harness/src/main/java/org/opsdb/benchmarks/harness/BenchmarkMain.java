package org.opsdb.benchmarks.harness;

import java.io.IOException;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** What the benchmarks' {@code main} methods share: how a failure ends the run, how a run's time is written. */
public final class BenchmarkMain {

    /** A benchmark run from its {@code key=value} arguments. */
    @FunctionalInterface
    public interface Run {
        /** Runs the benchmark. */
        void run(Arguments arguments) throws Exception;
    }

    private BenchmarkMain() {
    }

    /**
     * Runs {@code benchmark} with {@code args}; a failure it reports (a refused setting, the database, a file) ends
     * the JVM with exit code 1 and one line on standard error: {@code <name> benchmark failed: <message>}.
     */
    public static void run(String name, String[] args, Run benchmark) throws Exception {
        try {
            benchmark.run(Arguments.parse(args));
        } catch (IllegalStateException | SQLException | IOException e) {
            System.err.println(name + " benchmark failed: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Now, as the reports print it: {@code 2026-12-07 23:00 UTC}. */
    public static String now() {
        return ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    }
}

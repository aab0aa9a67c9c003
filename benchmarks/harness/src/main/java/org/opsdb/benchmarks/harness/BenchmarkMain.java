package org.opsdb.benchmarks.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opsdb.benchmarks.harness.report.MarkedBlocks;

/**
 * What the benchmarks' {@code main} methods share: how a failure ends the run, how a run's time is written, the facts
 * printed with the figures, the scratch directory, and where the results are written.
 */
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

    /**
     * The facts a report prints with its figures, in a list the caller may add to: the code ({@code code=}), the
     * CPUs, the memory, the JDK, the PostgreSQL server and the load average now.
     */
    public static List<String> machine(Arguments settings, Server server) throws IOException, SQLException {
        return new ArrayList<>(List.of("code: " + settings.get("code", "(not given)"), Machine.cpus(),
                Machine.memory(), Machine.jdk(), "PostgreSQL " + server.version() + " on " + server.address(),
                "load average at start: " + Machine.loadAverage()));
    }

    /** The scratch directory {@code work=}, created when missing, or a new temporary one named {@code prefix…}. */
    public static Path work(Arguments settings, String prefix) throws IOException {
        String work = settings.get("work", null);
        return work == null ? Files.createTempDirectory(prefix) : Files.createDirectories(Path.of(work));
    }

    /** A report section's opening: who wrote it and when, then each fact of the setting and the machine. */
    public static String preamble(String command, String when, List<String> setting, List<String> machine) {
        StringBuilder out = new StringBuilder();
        out.append("Written by `").append(command).append("` on ").append(when).append(" (replaced on each run):\n\n");
        setting.forEach(fact -> out.append("- ").append(fact).append('\n'));
        machine.forEach(fact -> out.append("- ").append(fact).append('\n'));
        return out.toString();
    }

    /**
     * Writes a run's results: {@code latest.md} ({@code title} and {@code markdown}) and {@code runs.csv} into the
     * directory {@code results=} (none without it), and {@code blocks} into the files {@code docs=}; tells each file
     * written on standard error, after {@code [name]}.
     */
    public static void publish(String name, Arguments settings, String title, String markdown, String csv,
                               Map<String, String> blocks) throws IOException {
        String results = settings.get("results", null);
        if (results != null) {
            Path directory = Files.createDirectories(Path.of(results));
            Files.writeString(directory.resolve("latest.md"), "# " + title + "\n\n" + markdown);
            Files.writeString(directory.resolve("runs.csv"), csv);
            System.err.println("[" + name + "] wrote " + directory.resolve("latest.md") + " and runs.csv");
        }
        for (Path file : MarkedBlocks.replaceIn(settings.get("docs", ""), blocks)) {
            System.err.println("[" + name + "] wrote the results into " + file);
        }
    }
}

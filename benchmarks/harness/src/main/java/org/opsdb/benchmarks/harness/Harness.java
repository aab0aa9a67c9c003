package org.opsdb.benchmarks.harness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.opsdb.benchmarks.harness.boot.BootResult;
import org.opsdb.benchmarks.harness.boot.ServiceLauncher;
import org.opsdb.benchmarks.harness.history.HistoryGenerator;
import org.opsdb.benchmarks.harness.history.HistoryLocations;
import org.opsdb.benchmarks.harness.history.HistoryWriter;
import org.opsdb.benchmarks.harness.reflection.ReflectionBenchmark;
import org.opsdb.benchmarks.harness.report.MarkdownReport;
import org.opsdb.benchmarks.harness.report.SizeResults;
import org.opsdb.benchmarks.harness.report.SizeResults.Scenario;
import org.opsdb.benchmarks.harness.statements.StatementLog;
import org.opsdb.migrations.test.snapshot.CatalogSnapshot;
import org.opsdb.migrations.test.snapshot.SchemaDifference;
import org.opsdb.migrations.test.snapshot.SchemaSnapshot;

/**
 * Runs every benchmark against one PostgreSQL and writes the Markdown report. Arguments are {@code key=value}:
 * {@code host}, {@code port}, {@code user} (a trusted superuser), {@code server-log} (the server's log file,
 * written with a {@code log_line_prefix} ending in {@code "%a "}), {@code benchmarks} (the benchmarks directory,
 * holding the built app jars), {@code harness-jar}, {@code work} (a scratch directory), {@code out} (the report
 * file), {@code rounds}, {@code sizes} (comma-separated history sizes), {@code jvm-flags} (space-separated, the
 * same for every child JVM), optionally {@code pairs} (up-to-date/tool-off pairs per tool and round, default 1).
 */
public final class Harness {

    private final Arguments settings;
    private final Server server;
    private final ServiceLauncher launcher;
    private final Path work;
    private final int rounds;
    private final int pairs;
    private int bootNumber;

    private Harness(Arguments settings) throws IOException {
        this.settings = settings;
        this.server = Server.at(setting("host"), Integer.parseInt(setting("port")), setting("user"));
        this.work = Files.createDirectories(Path.of(setting("work")));
        this.rounds = Integer.parseInt(setting("rounds"));
        this.pairs = settings.positive("pairs", 1);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        this.launcher = new ServiceLauncher(java, List.of(setting("jvm-flags").trim().split("\\s+")),
                Files.createDirectories(work.resolve("logs")));
    }

    /** Runs the benchmarks; exits 1 with one line on standard error when something fails. */
    public static void main(String[] args) throws Exception {
        try {
            new Harness(Arguments.parse(args)).run();
        } catch (IllegalStateException e) {
            System.err.println("benchmark failed: " + e.getMessage());
            System.exit(1);
        }
    }

    private void run() throws Exception {
        List<String> machine = machine("at start");
        List<SizeResults> results = new ArrayList<>();
        for (String size : setting("sizes").split(",")) {
            results.add(measureHistory(Integer.parseInt(size.trim())));
        }
        List<Long> cold = new ArrayList<>();
        List<Long> warm = new ArrayList<>();
        String shape = measureReflection(cold, warm);
        machine.add("load average at end: " + Machine.loadAverage());
        String report = new MarkdownReport(machine, rounds, pairs, results, cold, warm, shape).render();
        Path out = Path.of(setting("out"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
        List<String> csv = new ArrayList<>(List.of("revisions,round,tool,scenario,millis,peak_kib,tool_millis"));
        results.forEach(size -> csv.addAll(size.csvRows()));
        Files.write(out.resolveSibling(out.getFileName().toString().replaceFirst("\\.md$", "") + "-boots.csv"), csv);
        System.out.print(report);
    }

    private SizeResults measureHistory(int n) throws Exception {
        HistoryLocations history = HistoryWriter.write(HistoryGenerator.steps(n), work.resolve("history-" + n));
        SizeResults results = new SizeResults(n, pairs);
        for (int round = 1; round <= rounds; round++) {
            progress("N=" + n + " round " + round + "/" + rounds);
            Map<Tool, String> databases = new LinkedHashMap<>();
            for (Tool tool : Tool.MIGRATORS) {
                String database = "bench_" + n + "_" + tool.module() + "_" + round;
                server.recreate(database);
                databases.put(tool, database);
            }
            for (Tool tool : Tool.MIGRATORS) {
                results.add(round, Scenario.APPLY, tool, boot(tool, databases.get(tool), history, false));
            }
            if (round == 1) {
                checkSameSchema(n, databases);
            }
            // on and off back to back, in alternating order, so that drift of the machine's speed cancels out
            for (int pair = 0; pair < pairs; pair++) {
                boolean offFirst = (round + pair) % 2 == 0;
                for (Tool tool : Tool.MIGRATORS) {
                    for (boolean off : offFirst ? new boolean[] {true, false} : new boolean[] {false, true}) {
                        results.add(round, off ? Scenario.TOOL_OFF : Scenario.UP_TO_DATE, tool,
                                boot(tool, databases.get(tool), history, off));
                    }
                }
            }
            results.addBaseline(round, boot(Tool.BASELINE, databases.get(Tool.OPSDB), history, false));
            if (round == 1) {
                countStatements(results, databases, history);
            }
            for (String database : databases.values()) {
                server.drop(database);
            }
        }
        return results;
    }

    private BootResult boot(Tool tool, String database, HistoryLocations history, boolean toolOff) {
        return bootAs(tool, database, history, toolOff, "bench-" + (++bootNumber)).result();
    }

    private NamedBoot bootAs(Tool tool, String database, HistoryLocations history, boolean toolOff, String name) {
        List<String> arguments = new ArrayList<>();
        arguments.add("--spring.datasource.url=" + server.url(database, name));
        arguments.addAll(tool.locationArguments(history));
        if (toolOff) {
            arguments.addAll(tool.offArguments());
        }
        String logName = name + "-" + database + "-" + tool.module() + (toolOff ? "-off" : "");
        return new NamedBoot(name, launcher.boot(logName, jar(tool), arguments));
    }

    private record NamedBoot(String applicationName, BootResult result) {
    }

    private void checkSameSchema(int n, Map<Tool, String> databases) throws SQLException {
        SchemaSnapshot catalog = new CatalogSnapshot(
                Tool.MIGRATORS.stream().flatMap(t -> t.ownTables().stream()).toList());
        Map.Entry<Tool, List<String>> reference = null;
        for (Map.Entry<Tool, String> entry : databases.entrySet()) {
            List<String> snapshot;
            try (Connection connection = server.connect(entry.getValue())) {
                snapshot = catalog.capture(connection);
            }
            if (snapshot.stream().noneMatch(line -> line.startsWith("table "))) {
                throw new IllegalStateException("N=" + n + ": " + entry.getKey().title() + " left an empty schema");
            }
            if (reference == null) {
                reference = Map.entry(entry.getKey(), snapshot);
                continue;
            }
            SchemaDifference difference = SchemaDifference.between(reference.getValue(), snapshot);
            if (!difference.isEmpty()) {
                throw new IllegalStateException("N=" + n + ": the schema " + entry.getKey().title()
                        + " built differs from ours: " + difference.describe("(" + reference.getKey().title() + ")",
                        "(" + entry.getKey().title() + ")"));
            }
        }
        progress("N=" + n + ": the three schemas are identical (" + reference.getValue().size() + " catalog lines)");
    }

    private void countStatements(SizeResults results, Map<Tool, String> databases, HistoryLocations history)
            throws Exception {
        StatementLog log = new StatementLog(Path.of(setting("server-log")));
        for (Tool tool : Tool.MIGRATORS) {
            String database = databases.get(tool);
            server.admin("ALTER DATABASE " + database + " SET log_statement = 'all'");
            String on = bootAs(tool, database, history, false, "bench-count-on-" + (++bootNumber)).applicationName();
            String off = bootAs(tool, database, history, true, "bench-count-off-" + (++bootNumber)).applicationName();
            server.admin("ALTER DATABASE " + database + " RESET log_statement");
            TimeUnit.MILLISECONDS.sleep(300);
            List<String> tool_ = new ArrayList<>(log.statements(on));
            for (String statement : log.statements(off)) {
                tool_.remove(statement);
            }
            results.statements(tool, tool_);
        }
    }

    private String measureReflection(List<Long> cold, List<Long> warm) throws Exception {
        progress("reflection + diff of " + ReflectionBenchmark.TABLES + " tables");
        server.recreate("bench_reflect_live");
        server.recreate("bench_reflect_model");
        try (Connection live = server.connect("bench_reflect_live");
             Connection model = server.connect("bench_reflect_model")) {
            ReflectionBenchmark.createSchemas(live, model);
        }
        String shape = null;
        for (int round = 1; round <= rounds; round++) {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(launcher.jvmFlags());
            command.addAll(List.of("-Dloader.main=" + ReflectionBenchmark.class.getName(), "-cp",
                    setting("harness-jar"), "org.springframework.boot.loader.launch.PropertiesLauncher",
                    server.url("bench_reflect_live", "bench-reflect"), server.url("bench_reflect_model", "bench-reflect")));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String result = null;
            StringBuilder output = new StringBuilder();
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    output.append(line).append('\n');
                    if (line.startsWith("REFLECT ")) {
                        result = line;
                    }
                }
            }
            if (process.waitFor() != 0 || result == null) {
                throw new IllegalStateException("the reflection benchmark failed: " + output.toString().strip());
            }
            String[] fields = result.split(" ");
            cold.add(Long.parseLong(fields[1]));
            warm.add(Long.parseLong(fields[2]));
            shape = fields[3] + " tables, " + fields[4] + " differences";
        }
        server.drop("bench_reflect_live");
        server.drop("bench_reflect_model");
        return shape;
    }

    private Path jar(Tool tool) {
        Path target = Path.of(setting("benchmarks"), "app-" + tool.module(), "target");
        try (var files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("benchmark-app-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no app jar in " + target
                            + "; build with ./mvnw -P benchmarks -pl benchmarks/app-" + tool.module() + " -am package"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + target + ": " + e.getMessage(), e);
        }
    }

    private List<String> machine(String when) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(Machine.cpus());
        lines.add(Machine.memory());
        lines.add(Machine.jdk());
        lines.add("child JVM flags: `" + String.join(" ", launcher.jvmFlags()) + "`");
        lines.add("PostgreSQL: " + server.version() + " (private cluster on 127.0.0.1, fsync off)");
        lines.add("load average " + when + ": " + Machine.loadAverage());
        return lines;
    }

    private static void progress(String message) {
        System.err.println("[bench] " + message);
    }

    private String setting(String key) {
        return settings.required(key);
    }
}

package org.opsdb.benchmarks.harness.fleet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liquibase.util.LiquibaseUtil;
import org.flywaydb.core.Flyway;
import org.opsdb.benchmarks.harness.Arguments;
import org.opsdb.benchmarks.harness.BenchmarkMain;
import org.opsdb.benchmarks.harness.Machine;
import org.opsdb.benchmarks.harness.Server;
import org.opsdb.benchmarks.harness.console.ChildProcesses;
import org.opsdb.benchmarks.harness.console.TimedRun;
import org.opsdb.benchmarks.harness.history.HistoryWriter;

/**
 * The fleet benchmark (docs/benchmarks.md, "Fleet"): {@code schemas} tenant schemas in each of four databases of
 * one server, fresh for each tool, brought to head with the same five revisions ({@link FleetHistory}) by ours (the
 * console's {@code fleet upgrade head --schemas-query … --parallel N} as a process, and the core Fleet API in a JVM),
 * Flyway's API in a loop and Liquibase's {@code MultiTenantSpringLiquibase}; then the up-to-date check of each,
 * {@code runs} times: {@code fleet current}, Flyway's {@code info()} in a loop, {@code MultiTenantSpringLiquibase}
 * again. Arguments {@code key=value}: {@code url} (a database of the server, as a superuser; required), {@code opsdb}
 * ({@code bin/opsdb}; required), {@code harness-jar} (this jar, for the tools' JVMs; required), optionally
 * {@code schemas} (default 1000), {@code parallel} (ours, default 8), {@code runs} (runs of each check, default 3),
 * {@code database} (prefix of the databases created and dropped, default {@code fleetbench}), {@code clock-ticks},
 * {@code docs} (files whose {@code fleet} / {@code fleet-summary} blocks are replaced), {@code results} (a directory
 * for {@code latest.md} and {@code runs.csv}), {@code work}, {@code code}.
 */
public final class FleetBenchmark {

    private static final Pattern FLEET_TOTAL = Pattern.compile(
            "fleet \\w+ \\w+: (\\d+) targets, (\\d+) ok, .* in ([0-9.]+) s");
    private static final Pattern TOOL_RESULT = Pattern.compile(ToolRun.RESULT + " millis=(\\d+) targets=(\\d+)");
    private static final String TOOL_JVM = "-Xmx512m";

    private final Arguments settings;
    private final Server server;
    private final Path opsdb;
    private final Path harnessJar;
    private final int schemas;
    private final int parallel;
    private final int runs;
    private final String database;

    private FleetBenchmark(Arguments settings) {
        this.settings = settings;
        this.server = Server.fromUrl(settings.required("url"));
        this.opsdb = Path.of(settings.required("opsdb")).toAbsolutePath();
        this.harnessJar = Path.of(settings.required("harness-jar")).toAbsolutePath();
        this.schemas = settings.positive("schemas", 1000);
        this.parallel = settings.positive("parallel", 8);
        this.runs = settings.positive("runs", 3);
        this.database = settings.get("database", "fleetbench");
    }

    /** Runs the benchmark; exits 1 with one line on standard error when something fails. */
    public static void main(String[] args) throws Exception {
        BenchmarkMain.run("fleet", args, arguments -> new FleetBenchmark(arguments).run());
    }

    private void run() throws Exception {
        String when = BenchmarkMain.now();
        List<String> machine = BenchmarkMain.machine(settings, server);
        Path work = BenchmarkMain.work(settings, "fleetbench-");
        ChildProcesses children = new ChildProcesses(Files.createDirectories(work.resolve("logs")),
                settings.positive("clock-ticks", 100));
        Path history = work.resolve("history");
        HistoryWriter.write(FleetHistory.steps(), history);

        String flyway = "Flyway " + flywayVersion();
        String liquibase = "Liquibase " + version(LiquibaseUtil.getBuildVersion());
        Map<String, String> databases = new LinkedHashMap<>();
        databases.put("console", database + "_console");
        databases.put("api", database + "_api");
        databases.put("flyway", database + "_flyway");
        databases.put("liquibase", database + "_liquibase");
        List<Measured> upgrades = new ArrayList<>();
        List<Measured> checks = new ArrayList<>();
        try {
            for (String name : databases.values()) {
                server.recreate(name);
                createTenants(name);
            }
            progress(schemas + " empty tenant schemas in each of " + String.join(", ", databases.values()));
            String console = "ours: `bin/opsdb … fleet upgrade head --schemas-query … --parallel " + parallel + "`";
            String api = "ours: core `Fleet` API in a JVM, parallel " + parallel + ", HikariCP";
            String flywayLoop = flyway + ": API in a loop, HikariCP";
            String liquibaseMulti = liquibase + ": `MultiTenantSpringLiquibase`, HikariCP";
            upgrades.add(measure(console, 1, run -> console(children, work, history, databases.get("console"),
                    "upgrade", run)));
            upgrades.add(measure(api, 1, run -> tool(children, work, history, "opsdb", "upgrade",
                    databases.get("api"), run)));
            upgrades.add(measure(flywayLoop, 1, run -> tool(children, work, history, "flyway", "upgrade",
                    databases.get("flyway"), run)));
            upgrades.add(measure(liquibaseMulti, 1, run -> tool(children, work, history, "liquibase", "upgrade",
                    databases.get("liquibase"), run)));
            for (Map.Entry<String, String> tenants : databases.entrySet()) {
                checkAtHead(tenants.getValue(), tenants.getKey());
            }
            checks.add(measure("ours: `bin/opsdb … fleet current --schemas-query … --parallel " + parallel + "`",
                    runs, run -> console(children, work, history, databases.get("console"), "current", run)));
            checks.add(measure("ours: core `Fleet` API, `fleet current`, parallel " + parallel, runs,
                    run -> tool(children, work, history, "opsdb", "status", databases.get("api"), run)));
            checks.add(measure(flyway + ": `info()` in a loop", runs,
                    run -> tool(children, work, history, "flyway", "status", databases.get("flyway"), run)));
            checks.add(measure(liquibase + ": `MultiTenantSpringLiquibase` again (nothing to run)", runs,
                    run -> tool(children, work, history, "liquibase", "status", databases.get("liquibase"), run)));
        } finally {
            for (String name : databases.values()) {
                server.drop(name);
            }
        }
        machine.add("load average at end: " + Machine.loadAverage());
        FleetResults report = new FleetResults(when, setting(flyway, liquibase), machine, schemas, parallel,
                upgrades, checks);
        System.out.print(report.text());
        Map<String, String> blocks = new LinkedHashMap<>();
        blocks.put("fleet", report.markdown());
        blocks.put("fleet-summary", report.summary());
        BenchmarkMain.publish("fleet", settings, "Fleet benchmark", report.markdown(), report.csv(), blocks);
    }

    /** One timed run of a tool: the child process, and the time its work took inside it. */
    private record Timed(TimedRun process, double workMillis) {
    }

    @FunctionalInterface
    private interface TimedStep {
        Timed run(int run) throws Exception;
    }

    private Measured measure(String tool, int count, TimedStep step) throws Exception {
        List<TimedRun> processes = new ArrayList<>();
        List<Double> work = new ArrayList<>();
        List<String> loads = new ArrayList<>();
        for (int run = 1; run <= count; run++) {
            String load = Machine.loadAverage().split(" ")[0];
            Timed timed = step.run(run);
            processes.add(timed.process());
            work.add(timed.workMillis());
            loads.add(load);
            progress(String.format("%s, run %d/%d: %.2f s wall (%.2f s in the JVM), %.2f s CPU; load before %s",
                    tool, run, count, timed.process().wallMillis() / 1000, timed.workMillis() / 1000,
                    timed.process().cpuMillis() / 1000, load));
        }
        return new Measured(tool, processes, work, loads);
    }

    /** {@code bin/opsdb --url … --location … fleet COMMAND head --schemas-query … --parallel N}. */
    private Timed console(ChildProcesses children, Path work, Path history, String tenants, String command, int run)
            throws Exception {
        String name = "opsdb-console-" + command + "-" + run;
        List<String> line = new ArrayList<>(List.of(opsdb.toString(), "--url", server.url(tenants, "fleetbench"),
                "--location", history.resolve("opsdb").toString(), "fleet", command, "head", "--schemas-query",
                ToolRun.TENANTS_QUERY, "--parallel", Integer.toString(parallel)));
        TimedRun process = children.command(name, work, Map.of(), line);
        Matcher total = FLEET_TOTAL.matcher(Files.readString(work.resolve("logs").resolve(name + ".log")));
        if (!total.find() || Integer.parseInt(total.group(2)) != schemas) {
            throw new IllegalStateException(name + ": no line 'fleet " + command + " head: " + schemas + " targets, "
                    + schemas + " ok, …' in " + work.resolve("logs").resolve(name + ".log"));
        }
        return new Timed(process, Double.parseDouble(total.group(3)) * 1000);
    }

    /** A {@link ToolRun} in a JVM of its own. */
    private Timed tool(ChildProcesses children, Path work, Path history, String tool, String action, String tenants,
                       int run) throws Exception {
        String name = tool + "-" + action + "-" + run;
        List<String> line = List.of("java", TOOL_JVM, "-Dliquibase.analytics.enabled=false",
                "-Dloader.main=" + ToolRun.class.getName(), "-cp", harnessJar.toString(),
                "org.springframework.boot.loader.launch.PropertiesLauncher", "tool=" + tool, "action=" + action,
                "url=" + server.url(tenants, "fleetbench-" + tool), "history=" + history, "parallel=" + parallel);
        TimedRun process = children.command(name, work, Map.of("REDGATE_DISABLE_TELEMETRY", "true"), line);
        Path log = work.resolve("logs").resolve(name + ".log");
        Matcher result = TOOL_RESULT.matcher(Files.readString(log));
        if (!result.find() || Integer.parseInt(result.group(2)) != schemas) {
            throw new IllegalStateException(name + ": no line '" + ToolRun.RESULT + " … targets=" + schemas
                    + "' in " + log);
        }
        return new Timed(process, Double.parseDouble(result.group(1)));
    }

    /** Creates the empty schemas {@code tenant_0001} … in {@code tenants}, in one transaction. */
    private void createTenants(String tenants) throws SQLException {
        try (Connection connection = server.connect(tenants); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (int i = 1; i <= schemas; i++) {
                statement.addBatch(String.format("CREATE SCHEMA tenant_%04d", i));
            }
            statement.executeBatch();
            connection.commit();
        }
    }

    /** Fails unless every tenant schema of {@code tenants} has the last revision's view. */
    private void checkAtHead(String tenants, String who) throws SQLException {
        try (Connection connection = server.connect(tenants); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM pg_views WHERE viewname = '"
                     + FleetHistory.LAST_OBJECT + "' AND schemaname LIKE 'tenant\\_%'")) {
            rs.next();
            if (rs.getInt(1) != schemas) {
                throw new IllegalStateException(who + ": " + rs.getInt(1) + " of " + schemas
                        + " tenant schemas have the view " + FleetHistory.LAST_OBJECT + " after the upgrade");
            }
        }
    }

    private List<String> setting(String flyway, String liquibase) {
        return List.of(
                schemas + " empty schemas (`tenant_0001` …) in each of four databases of one server, fresh for each"
                        + " tool; 5 revisions for each schema, the same DDL for every tool (create table customer,"
                        + " create table orders, add a column and an index, add a foreign key, create a view),"
                        + " unqualified names: each tool puts them in the tenant's schema through the search path",
                "the schemas are read with `" + ToolRun.TENANTS_QUERY + "` by every tool, inside the timed span",
                "ours, console: `bin/opsdb --url URL --location DIR fleet upgrade head --schemas-query SQL"
                        + " --parallel " + parallel + "` as a process (its JVM start included; bin/opsdb's"
                        + " connections, no pool); `fleet current` likewise",
                "ours, core API: `new Fleet(migrations, …).run(UPGRADE head, FleetTargets.schemasQuery(…),"
                        + " parallel " + parallel + ")` in a JVM of its own on a HikariCP pool; `fleet current`"
                        + " likewise",
                flyway + ": `Flyway.configure().dataSource(pool).schemas(s).locations(\"filesystem:DIR\").load()"
                        + ".migrate()` for each schema in turn, in one JVM (what its docs and issues #949, #1039,"
                        + " #2995 advise); the check: `info().pending()` for each schema",
                liquibase + ": `MultiTenantSpringLiquibase` with the pool and the schema list (its documented use:"
                        + " SpringLiquibase on each schema in turn), a formatted-SQL changelog; the check: the same"
                        + " again with nothing to run (it has no multi-tenant status)",
                "every tool's JVM: `java " + TOOL_JVM + "` (the console: the flags bin/opsdb sets); 1 upgrade run"
                        + " each (fresh schemas), then " + runs + " runs of each check; wall: from starting the"
                        + " process until it exits; in the JVM: from reading the schemas until the tool returned"
                        + " (the console: the total its last line prints); after the upgrades every schema of every"
                        + " database is checked to have the view " + FleetHistory.LAST_OBJECT);
    }

    /** Flyway's version, from the {@code version.txt} in its jar (its manifest has none). */
    private static String flywayVersion() throws java.io.IOException {
        try (var in = Flyway.class.getResourceAsStream("/org/flywaydb/core/internal/version.txt")) {
            return version(in == null ? null : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .strip());
        }
    }

    private static String version(String version) {
        return version == null ? "(version unknown)" : version;
    }

    private static void progress(String message) {
        System.err.println("[fleet] " + message);
    }
}

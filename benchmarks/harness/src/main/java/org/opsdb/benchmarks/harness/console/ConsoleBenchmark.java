package org.opsdb.benchmarks.harness.console;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opsdb.benchmarks.harness.Arguments;
import org.opsdb.benchmarks.harness.BenchmarkMain;
import org.opsdb.benchmarks.harness.Machine;
import org.opsdb.benchmarks.harness.Server;
import org.opsdb.benchmarks.harness.history.HistoryGenerator;
import org.opsdb.benchmarks.harness.history.HistoryWriter;

/**
 * The console benchmark (docs/benchmarks.md, "Console"): the standalone console's one-shot commands ({@code current},
 * {@code heads}, {@code history}, {@code show REV}, an up-to-date {@code upgrade head}) against Alembic's on the same
 * revisions, each tool on its own database of the same server; and a service's boot against its
 * {@code console current}. Arguments are {@code key=value}: {@code url} (JDBC URL of a database on the server, as a
 * superuser; required), {@code opsdb} (the {@code bin/opsdb} script; required), {@code demo-jar} (the service's
 * jar; required), optionally {@code python} (the Python with Alembic, default {@code /usr/bin/python3}),
 * {@code runs} (timed runs of each command, default 5), {@code revisions} (length of the generated history, default
 * 17), {@code database} (prefix of the three databases created and dropped, default {@code consolebench}),
 * {@code clock-ticks} ({@code getconf CLK_TCK}, default 100), {@code docs} (comma-separated Markdown files whose
 * {@code console} / {@code console-summary} blocks are replaced), {@code results} (a directory for
 * {@code latest.md} and {@code runs.csv}), {@code work} (a scratch directory), {@code code} (which build ran).
 */
public final class ConsoleBenchmark {

    private static final String FULL_BLOCK = "console";
    private static final String SUMMARY_BLOCK = "console-summary";
    /** What the demo logs once it is up (its ReadyLogger, on ApplicationReadyEvent). */
    private static final String READY_TEXT = "opsdb demo ready:";

    private final Arguments settings;
    private final Server server;
    private final Path opsdb;
    private final Path demoJar;
    private final String python;
    private final int runs;
    private final int revisions;
    private final String database;

    private ConsoleBenchmark(Arguments settings) {
        this.settings = settings;
        this.server = Server.fromUrl(settings.required("url"));
        this.opsdb = Path.of(settings.required("opsdb")).toAbsolutePath();
        this.demoJar = Path.of(settings.required("demo-jar")).toAbsolutePath();
        this.python = settings.get("python", "/usr/bin/python3");
        this.runs = settings.positive("runs", 5);
        this.revisions = settings.positive("revisions", 17);
        this.database = settings.get("database", "consolebench");
    }

    /** Runs the benchmark; exits 1 with one line on standard error when something fails. */
    public static void main(String[] args) throws Exception {
        BenchmarkMain.run("console", args, arguments -> new ConsoleBenchmark(arguments).run());
    }

    private void run() throws Exception {
        String when = BenchmarkMain.now();
        List<String> machine = BenchmarkMain.machine(settings, server);
        Path work = BenchmarkMain.work(settings, "consolebench-");
        Path logs = Files.createDirectories(work.resolve("logs"));
        ChildProcesses children = new ChildProcesses(logs, settings.positive("clock-ticks", 100));
        machine.add(4, "Alembic: " + version(children, work, logs));

        String ours = database + "_opsdb";
        String alembic = database + "_alembic";
        String demo = database + "_demo";
        List<CommandTimes> commands;
        List<TimedRun> boots = new ArrayList<>();
        List<TimedRun> consoles = new ArrayList<>();
        for (String name : List.of(ours, alembic, demo)) {
            server.recreate(name);
        }
        try {
            Path sql = HistoryWriter.write(HistoryGenerator.steps(revisions), work.resolve("history")).opsdb();
            Path project = work.resolve("alembic");
            AlembicProject.write(sql, project, AlembicProject.sqlalchemyUrl(server, alembic));
            String shown = HistoryWriter.revisionId((revisions + 1) / 2);
            List<String> opsdbBase = List.of(opsdb.toString(), "--url", server.url(ours, "consolebench"),
                    "--location", sql.toString());
            List<String> alembicBase = List.of(python, "-m", "alembic", "-c",
                    project.resolve("alembic.ini").toString());
            commands = standalone(children, work, project, opsdbBase, alembicBase,
                    List.of("current", "heads", "history", "show " + shown, "upgrade head"));
            // both measured what they should: a database at head, which each tool's `current` names
            String head = HistoryWriter.revisionId(revisions);
            for (String tool : List.of("opsdb", "alembic")) {
                Path log = logs.resolve(tool + "-current-warm-up.log");
                if (!Files.readString(log).contains(head)) {
                    throw new IllegalStateException(tool + " current did not name the head " + head + "; see " + log);
                }
            }
            inService(children, work, server.url(demo, "consolebench-demo"), boots, consoles);
        } finally {
            for (String name : List.of(ours, alembic, demo)) {
                server.drop(name);
            }
        }
        machine.add("load average at end: " + Machine.loadAverage());
        ConsoleReport report = new ConsoleReport(when, setting(), machine, commands, boots, consoles);
        System.out.print(report.text());
        Map<String, String> blocks = new LinkedHashMap<>();
        blocks.put(FULL_BLOCK, report.markdown());
        blocks.put(SUMMARY_BLOCK, report.summary());
        BenchmarkMain.publish("console", settings, "Console benchmark", report.markdown(), report.csv(), blocks);
    }

    /**
     * Upgrades both databases to head (not timed), runs each command once more untimed, then {@code runs} times,
     * ours and Alembic's in turn.
     */
    private List<CommandTimes> standalone(ChildProcesses children, Path work, Path project, List<String> opsdbBase,
                                          List<String> alembicBase, List<String> commands) throws Exception {
        Map<String, String> none = Map.of();
        children.command("opsdb-upgrade-to-head", work, none, with(opsdbBase, "upgrade head"));
        children.command("alembic-upgrade-to-head", project, none, with(alembicBase, "upgrade head"));
        Map<String, List<TimedRun>> ours = new LinkedHashMap<>();
        Map<String, List<TimedRun>> theirs = new LinkedHashMap<>();
        for (int run = 0; run <= runs; run++) {
            for (String command : commands) {
                String name = command.replace(' ', '-') + (run == 0 ? "-warm-up" : "");
                TimedRun our = children.command("opsdb-" + name, work, none, with(opsdbBase, command));
                TimedRun their = children.command("alembic-" + name, project, none, with(alembicBase, command));
                if (run > 0) {
                    ours.computeIfAbsent(command, key -> new ArrayList<>()).add(our);
                    theirs.computeIfAbsent(command, key -> new ArrayList<>()).add(their);
                    progress(String.format("run %d/%d %s: bin/opsdb %s wall, %s CPU; Alembic %s wall, %s CPU", run,
                            runs, command, ConsoleReport.seconds(our.wallMillis()),
                            ConsoleReport.seconds(our.cpuMillis()), ConsoleReport.seconds(their.wallMillis()),
                            ConsoleReport.seconds(their.cpuMillis())));
                }
            }
        }
        return commands.stream().map(command -> new CommandTimes(command, ours.get(command), theirs.get(command)))
                .toList();
    }

    /**
     * Boots the service once (not timed; it upgrades its database to head) and runs its {@code console current} once
     * untimed, then {@code runs} times each: a boot until its ready line, a {@code console current}.
     */
    private void inService(ChildProcesses children, Path work, String url, List<TimedRun> boots,
                           List<TimedRun> consoles) throws Exception {
        // its own database on the same server (no embedded PostgreSQL), any free HTTP port
        Map<String, String> environment = Map.of("SPRING_DATASOURCE_URL", url, "SERVER_PORT", "0");
        List<String> boot = List.of("java", "-jar", demoJar.toString());
        List<String> console = with(boot, "console current");
        Path directory = Files.createDirectories(work.resolve("demo"));
        for (int run = 0; run <= runs; run++) {
            String suffix = run == 0 ? "-warm-up" : "-" + run;
            TimedRun booted = children.service("demo-boot" + suffix, directory, environment, boot, READY_TEXT);
            TimedRun current = children.command("demo-console-current" + suffix, directory, environment, console);
            if (run > 0) {
                boots.add(booted);
                consoles.add(current);
                progress(String.format("run %d/%d demo: boot until ready %s wall, %s CPU; console current %s wall,"
                        + " %s CPU", run, runs, ConsoleReport.seconds(booted.wallMillis()),
                        ConsoleReport.seconds(booted.cpuMillis()), ConsoleReport.seconds(current.wallMillis()),
                        ConsoleReport.seconds(current.cpuMillis())));
            }
        }
    }

    private List<String> setting() {
        return List.of(
                revisions + " revisions in a line (generated: create table, add column, create index, add foreign key,"
                        + " alter column type, in turn); ours as SQL revision files, Alembic's as revision modules"
                        + " written from those files (the same ids and down revisions, `op.execute` of the same"
                        + " statements)",
                "each tool on its own database of the same server, upgraded to head before timing; " + runs
                        + " timed runs of each command (ours and Alembic's in turn) after one untimed run",
                "ours: `bin/opsdb --url URL --location DIR COMMAND`, the JVM flags that bin/opsdb sets and no"
                        + " others; Alembic 1.8: `" + python + " -m alembic -c alembic.ini COMMAND`",
                "in the service: the demo's jar, `java -jar " + demoJar.getFileName() + "` with no flags, on its own"
                        + " database of the same server (`SPRING_DATASOURCE_URL`, `SERVER_PORT=0`): a boot is timed"
                        + " from starting the JVM until its ready line (`" + READY_TEXT + " …`, logged on"
                        + " ApplicationReadyEvent), its CPU read from /proc/PID/stat then; `java -jar "
                        + demoJar.getFileName() + " console current` until it exits",
                "wall: median (min–max) from starting the process until it exits; CPU: median of user + system"
                        + " (`/usr/bin/time -f \"%U %S\"`, 10 ms resolution)");
    }

    /** The Alembic, SQLAlchemy, psycopg2 and Python versions that {@code python} has. */
    private String version(ChildProcesses children, Path work, Path logs) throws Exception {
        children.command("alembic-version", work, Map.of(), List.of(python, "-c", "import sys, alembic, sqlalchemy,"
                + " psycopg2; print('Alembic %s, SQLAlchemy %s, psycopg2 %s, Python %s' % (alembic.__version__,"
                + " sqlalchemy.__version__, psycopg2.__version__.split()[0], sys.version.split()[0]))"));
        return Files.readString(logs.resolve("alembic-version.log")).strip();
    }

    private static List<String> with(List<String> base, String command) {
        List<String> full = new ArrayList<>(base);
        full.addAll(List.of(command.split(" ")));
        return full;
    }

    private static void progress(String message) {
        System.err.println("[console] " + message);
    }
}

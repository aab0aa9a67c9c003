package org.opsdb.benchmarks.harness.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.opsdb.benchmarks.harness.BenchmarkMain;
import org.opsdb.benchmarks.harness.report.Spread;
import org.opsdb.benchmarks.harness.report.TextTable;

/**
 * The console benchmark's results: a plain-text table for the terminal, the Markdown section for
 * docs/benchmarks.md (the setting, the machine, both tables, the goals), the README's summary and the raw runs as
 * CSV. Figures are medians over the runs; wall times carry their range.
 */
final class ConsoleReport {

    /** The standalone console's goal: each command's median wall time at most this. */
    static final double STANDALONE_GOAL_MILLIS = 500;
    /** The in-service console's goal: {@code console current} at most this share of the service's boot. */
    static final double SHARE_GOAL_PERCENT = 25;

    private static final List<String> STANDALONE_COLUMNS = List.of("command", "bin/opsdb wall", "CPU",
            "Alembic wall", "CPU", "ours/Alembic wall", "CPU", "goal ≤ 0.5 s wall");
    private static final List<String> SERVICE_COLUMNS = List.of("in the service (demo jar)", "wall", "CPU");

    private final String when;
    private final List<String> setting;
    private final List<String> machine;
    private final List<CommandTimes> commands;
    private final List<TimedRun> boots;
    private final List<TimedRun> consoles;

    /**
     * A report made at {@code when}.
     *
     * @param setting  what was measured and how, one fact per line
     * @param machine  the machine, the software and the code, one fact per line
     * @param commands the standalone commands, ours against Alembic's
     * @param boots    the service's boots until its ready line
     * @param consoles the service's {@code console current} runs
     */
    ConsoleReport(String when, List<String> setting, List<String> machine, List<CommandTimes> commands,
                  List<TimedRun> boots, List<TimedRun> consoles) {
        this.when = when;
        this.setting = List.copyOf(setting);
        this.machine = List.copyOf(machine);
        this.commands = List.copyOf(commands);
        this.boots = List.copyOf(boots);
        this.consoles = List.copyOf(consoles);
    }

    /** Both tables aligned in columns, then the goals. */
    String text() {
        StringBuilder out = new StringBuilder();
        out.append(TextTable.aligned(standaloneRows(false))).append('\n').append(TextTable.aligned(serviceRows(false)));
        goals().forEach(goal -> out.append("- ").append(goal).append('\n'));
        return out.toString();
    }

    /** The Markdown section: when, the setting and machine, both tables, the goals. */
    String markdown() {
        StringBuilder out = new StringBuilder(BenchmarkMain.preamble("benchmarks/console", when, setting, machine));
        out.append('\n').append(table(standaloneRows(true), "|---|---:|---:|---:|---:|---:|---:|---|"));
        out.append('\n').append(table(serviceRows(true), "|---|---:|---:|"));
        out.append('\n');
        goals().forEach(goal -> out.append("- ").append(goal).append('\n'));
        return out.toString();
    }

    /** The README's figures: per command ours, Alembic's and the ratio; the in-service share; the goals. */
    String summary() {
        StringBuilder out = new StringBuilder();
        out.append("Latest run (").append(when);
        machine.stream().filter(fact -> fact.startsWith("load average") || fact.startsWith("CPUs"))
                .forEach(fact -> out.append("; ").append(fact));
        out.append("), medians of wall time, written by `benchmarks/console` ")
                .append("(details in [docs/benchmarks.md](docs/benchmarks.md#console-one-command-against-alembic)):")
                .append("\n\n| command | `bin/opsdb` | Alembic 1.8 | ours/Alembic |\n|---|---:|---:|---:|\n");
        for (CommandTimes times : commands) {
            out.append("| `").append(times.command()).append("` | ").append(seconds(median(times.ours(), TimedRun::wallMillis)))
                    .append(" | ").append(seconds(median(times.alembic(), TimedRun::wallMillis))).append(" | ")
                    .append(ratio(times, TimedRun::wallMillis)).append(" |\n");
        }
        out.append("\nInside the service (the demo jar): boot until ready ")
                .append(seconds(median(boots, TimedRun::wallMillis))).append(", `console current` ")
                .append(seconds(median(consoles, TimedRun::wallMillis))).append(": ")
                .append(percent(share(TimedRun::wallMillis))).append(" of a boot.\n\n");
        goals().forEach(goal -> out.append("- ").append(goal).append('\n'));
        return out.toString();
    }

    /** One line per run: {@code tool,command,run,wall_ms,cpu_ms}. */
    String csv() {
        StringBuilder out = new StringBuilder("tool,command,run,wall_ms,cpu_ms\n");
        for (CommandTimes times : commands) {
            csvRows(out, "opsdb", times.command(), times.ours());
            csvRows(out, "alembic", times.command(), times.alembic());
        }
        csvRows(out, "demo", "boot until ready", boots);
        csvRows(out, "demo", "console current", consoles);
        return out.toString();
    }

    /** Whether each goal holds, one line each. */
    List<String> goals() {
        long met = commands.stream()
                .filter(times -> median(times.ours(), TimedRun::wallMillis) <= STANDALONE_GOAL_MILLIS).count();
        double share = share(TimedRun::wallMillis);
        return List.of(
                String.format(Locale.ROOT, "goal: standalone console ≤ 0.5 s wall median per command: %s (%d of %d"
                        + " commands)", met == commands.size() ? "met" : "not met", met, commands.size()),
                String.format(Locale.ROOT, "goal: in-service `console current` ≤ %.0f %% of the service's boot: %s"
                        + " (%s of the wall time, %s of the CPU time)", SHARE_GOAL_PERCENT,
                        share <= SHARE_GOAL_PERCENT ? "met" : "not met", percent(share),
                        percent(share(TimedRun::cpuMillis))));
    }

    private List<List<String>> standaloneRows(boolean markdown) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(STANDALONE_COLUMNS);
        for (CommandTimes times : commands) {
            double ours = median(times.ours(), TimedRun::wallMillis);
            String verdict = ours <= STANDALONE_GOAL_MILLIS ? "yes" : markdown ? "**no**" : "NO";
            rows.add(List.of(markdown ? "`" + times.command() + "`" : times.command(),
                    wall(times.ours()), seconds(median(times.ours(), TimedRun::cpuMillis)),
                    wall(times.alembic()), seconds(median(times.alembic(), TimedRun::cpuMillis)),
                    ratio(times, TimedRun::wallMillis), ratio(times, TimedRun::cpuMillis), verdict));
        }
        return rows;
    }

    private List<List<String>> serviceRows(boolean markdown) {
        double share = share(TimedRun::wallMillis);
        String verdict = share <= SHARE_GOAL_PERCENT ? "met" : markdown ? "**not met**" : "NOT MET";
        return List.of(SERVICE_COLUMNS,
                List.of("boot until ready", wall(boots), seconds(median(boots, TimedRun::cpuMillis))),
                List.of(markdown ? "`console current`" : "console current", wall(consoles),
                        seconds(median(consoles, TimedRun::cpuMillis))),
                List.of("console / boot (goal ≤ 25 %: " + verdict + ")", percent(share),
                        percent(share(TimedRun::cpuMillis))));
    }

    /** {@code console current}'s median as a percentage of the boot's median. */
    private double share(ToDoubleFunction<TimedRun> figure) {
        return 100 * median(consoles, figure) / median(boots, figure);
    }

    private static String ratio(CommandTimes times, ToDoubleFunction<TimedRun> figure) {
        return String.format(Locale.ROOT, "%.1f×", median(times.ours(), figure) / median(times.alembic(), figure));
    }

    private static String wall(List<TimedRun> runs) {
        Spread spread = Spread.of(runs.stream().map(TimedRun::wallMillis).toList());
        return runs.size() == 1 ? seconds(spread.median()) : seconds(spread.median())
                + String.format(Locale.ROOT, " (%.2f–%.2f)", spread.min() / 1000, spread.max() / 1000);
    }

    static double median(List<TimedRun> runs, ToDoubleFunction<TimedRun> figure) {
        return Spread.of(runs.stream().map(figure::applyAsDouble).toList()).median();
    }

    /** {@code 0.25 s}. */
    static String seconds(double millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000);
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.0f %%", value);
    }

    private static void csvRows(StringBuilder out, String tool, String command, List<TimedRun> runs) {
        for (int i = 0; i < runs.size(); i++) {
            out.append(String.format(Locale.ROOT, "%s,%s,%d,%.1f,%.1f%n", tool, command, i + 1,
                    runs.get(i).wallMillis(), runs.get(i).cpuMillis()));
        }
    }

    private static String table(List<List<String>> rows, String separator) {
        StringBuilder out = new StringBuilder(TextTable.markdownRow(rows.get(0))).append(separator).append('\n');
        rows.subList(1, rows.size()).forEach(cells -> out.append(TextTable.markdownRow(cells)));
        return out.toString();
    }
}

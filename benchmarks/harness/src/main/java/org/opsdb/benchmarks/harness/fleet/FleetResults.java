package org.opsdb.benchmarks.harness.fleet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opsdb.benchmarks.harness.BenchmarkMain;
import org.opsdb.benchmarks.harness.report.Spread;
import org.opsdb.benchmarks.harness.report.TextTable;

/**
 * The fleet benchmark's results: a plain-text table for the terminal, the Markdown section for docs/benchmarks.md
 * (the setting, the machine, the table, the ratios and goals), the README's summary and every run as CSV. The
 * upgrades are one run each (in the order console, core API, Flyway, Liquibase); the checks are medians with their
 * range.
 */
final class FleetResults {

    /** Ours against Flyway's loop: at most this share of its time. */
    static final double FLYWAY_SHARE_GOAL = 1.0 / 3;
    /** An up-to-date {@code fleet current} over the fleet: at most this long. */
    static final double CURRENT_GOAL_MILLIS = 2000;

    private static final List<String> COLUMNS = List.of("step", "tool", "wall (process)", "in the JVM",
            "CPU (process)", "load before");

    private final String when;
    private final List<String> setting;
    private final List<String> machine;
    private final int schemas;
    private final int parallel;
    private final List<Measured> upgrades;
    private final List<Measured> checks;

    /**
     * A report made at {@code when}.
     *
     * @param upgrades console, core API, Flyway, Liquibase: bringing fresh schemas to head
     * @param checks   the same four: the up-to-date check
     */
    FleetResults(String when, List<String> setting, List<String> machine, int schemas, int parallel,
                 List<Measured> upgrades, List<Measured> checks) {
        this.when = when;
        this.setting = List.copyOf(setting);
        this.machine = List.copyOf(machine);
        this.schemas = schemas;
        this.parallel = parallel;
        this.upgrades = List.copyOf(upgrades);
        this.checks = List.copyOf(checks);
    }

    /** The table aligned in columns, then the ratios and goals. */
    String text() {
        StringBuilder out = new StringBuilder(TextTable.aligned(rows()));
        conclusions().forEach(line -> out.append("- ").append(line).append('\n'));
        return out.toString();
    }

    /** The Markdown section: when, the setting and machine, the table, the ratios and goals. */
    String markdown() {
        StringBuilder out = new StringBuilder(BenchmarkMain.preamble("benchmarks/fleet", when, setting, machine));
        out.append('\n');
        List<List<String>> rows = rows();
        out.append(TextTable.markdownRow(rows.get(0))).append("|---|---|---:|---:|---:|---:|\n");
        rows.subList(1, rows.size()).forEach(row -> out.append(TextTable.markdownRow(row)));
        out.append('\n');
        conclusions().forEach(line -> out.append("- ").append(line).append('\n'));
        return out.toString();
    }

    /** The README's figures: the upgrade and check times, the ratios, the goals, the load. */
    String summary() {
        StringBuilder out = new StringBuilder();
        out.append("Latest run (").append(when);
        machine.stream().filter(fact -> fact.startsWith("load average") || fact.startsWith("CPUs")
                || fact.startsWith("PostgreSQL")).forEach(fact -> out.append("; ").append(fact));
        out.append("), ").append(schemas).append(" schemas × 5 revisions, `--parallel ").append(parallel)
                .append("`, written by `benchmarks/fleet` (details in")
                .append(" [docs/benchmarks.md](docs/benchmarks.md#fleet-a-thousand-tenant-schemas)):\n\n")
                .append("| tool | upgrade to head | up-to-date check |\n|---|---:|---:|\n");
        for (int i = 0; i < upgrades.size(); i++) {
            out.append(TextTable.markdownRow(List.of(upgrades.get(i).tool(), figure(upgrades.get(i)),
                    figure(checks.get(i)))));
        }
        out.append("\n(wall time of the process; in brackets, inside the JVM)\n\n");
        conclusions().forEach(line -> out.append("- ").append(line).append('\n'));
        return out.toString();
    }

    /** One line per run: {@code step,tool,run,wall_ms,jvm_ms,cpu_ms,load}. */
    String csv() {
        StringBuilder out = new StringBuilder("step,tool,run,wall_ms,jvm_ms,cpu_ms,load_before\n");
        csvRows(out, "upgrade", upgrades);
        csvRows(out, "check", checks);
        return out.toString();
    }

    /** The ratios against Flyway's and Liquibase's runs, and whether each goal holds. */
    List<String> conclusions() {
        double console = upgrades.get(0).wall().median();
        double api = upgrades.get(1).inJvm().median();
        double flyway = upgrades.get(2).inJvm().median();
        double liquibase = upgrades.get(3).inJvm().median();
        double consoleCurrent = checks.get(0).wall().median();
        double apiCurrent = checks.get(1).inJvm().median();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "upgrade, ours/Flyway's loop: console (process wall) / Flyway (in its"
                + " JVM) = %s; core API / Flyway (both in the JVM) = %s", ratio(console, flyway), ratio(api, flyway)));
        lines.add(String.format(Locale.ROOT, "upgrade, ours/Liquibase's MultiTenantSpringLiquibase: console"
                + " (process wall) / Liquibase (in its JVM) = %s; core API / Liquibase (both in the JVM) = %s",
                ratio(console, liquibase), ratio(api, liquibase)));
        lines.add(String.format(Locale.ROOT, "up-to-date check, ours/Flyway's `info()` loop (median, in the JVM):"
                + " %s; ours/Liquibase's rerun: %s", ratio(apiCurrent, checks.get(2).inJvm().median()),
                ratio(apiCurrent, checks.get(3).inJvm().median())));
        lines.add(String.format(Locale.ROOT, "goal: `fleet upgrade` ≤ 1/3 of Flyway's loop: %s with the console"
                + " (%s), %s with the core API (%s)", met(console <= flyway * FLYWAY_SHARE_GOAL),
                ratio(console, flyway), met(api <= flyway * FLYWAY_SHARE_GOAL), ratio(api, flyway)));
        lines.add(String.format(Locale.ROOT, "goal: up-to-date `fleet current` over %d schemas ≤ 2 s: %s with the"
                + " console (%s wall, JVM start included), %s with the core API (%s in the JVM)", schemas,
                met(consoleCurrent <= CURRENT_GOAL_MILLIS), seconds(consoleCurrent),
                met(apiCurrent <= CURRENT_GOAL_MILLIS), seconds(apiCurrent)));
        return lines;
    }

    private List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(COLUMNS);
        addRows(rows, "upgrade " + schemas + " schemas to head", upgrades);
        addRows(rows, "up-to-date check", checks);
        return rows;
    }

    private static void addRows(List<List<String>> rows, String step, List<Measured> measured) {
        for (Measured m : measured) {
            rows.add(List.of(m == measured.get(0) ? step : "", m.tool(), spread(m.wall()), spread(m.inJvm()),
                    spread(m.cpu()), String.join(" ", m.loads())));
        }
    }

    /** {@code 12.34 s}, or {@code median (min–max)} in seconds over several runs. */
    private static String spread(Spread spread) {
        return spread.min() == spread.max() ? seconds(spread.median()) : spread.format(1000, 2) + " s";
    }

    private static String figure(Measured measured) {
        return seconds(measured.wall().median()) + " (" + seconds(measured.inJvm().median()) + ")";
    }

    private static void csvRows(StringBuilder out, String step, List<Measured> measured) {
        for (Measured m : measured) {
            for (int i = 0; i < m.processes().size(); i++) {
                out.append(String.format(Locale.ROOT, "%s,\"%s\",%d,%.1f,%.1f,%.1f,%s%n", step,
                        m.tool().replace("\"", "\"\""), i + 1, m.processes().get(i).wallMillis(), m.work().get(i),
                        m.processes().get(i).cpuMillis(), m.loads().get(i)));
            }
        }
    }

    private static String ratio(double ours, double theirs) {
        return String.format(Locale.ROOT, "%.2f", ours / theirs);
    }

    private static String met(boolean met) {
        return met ? "met" : "not met";
    }

    private static String seconds(double millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000);
    }
}

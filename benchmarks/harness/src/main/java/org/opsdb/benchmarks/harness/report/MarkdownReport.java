package org.opsdb.benchmarks.harness.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.opsdb.benchmarks.harness.Tool;
import org.opsdb.benchmarks.harness.boot.BootResult;
import org.opsdb.benchmarks.harness.report.SizeResults.Scenario;

/** Turns the measurements into the Markdown report: the machine, the goals, then one table per history size. */
public final class MarkdownReport {

    private static final double KIB_PER_MIB = 1024;
    private static final double TEN_MB_IN_KIB = 10_000_000 / 1024.0;

    private final List<String> machine;
    private final int rounds;
    private final int pairs;
    private final List<SizeResults> sizes;
    private final List<Long> reflectCold;
    private final List<Long> reflectWarm;
    private final String reflectShape;

    /**
     * A report of {@code sizes} measured in {@code rounds} rounds of {@code pairs} up-to-date/tool-off pairs on
     * {@code machine} (one line per fact), with the reflection timings (cold: first run in a fresh JVM; warm:
     * median of later runs in it).
     */
    public MarkdownReport(List<String> machine, int rounds, int pairs, List<SizeResults> sizes,
                          List<Long> reflectCold, List<Long> reflectWarm, String reflectShape) {
        this.machine = List.copyOf(machine);
        this.rounds = rounds;
        this.pairs = pairs;
        this.sizes = List.copyOf(sizes);
        this.reflectCold = List.copyOf(reflectCold);
        this.reflectWarm = List.copyOf(reflectWarm);
        this.reflectShape = reflectShape;
    }

    /** The goals, judged on the medians (overheads: on the Hodges–Lehmann estimates). */
    public List<Goal> goals() {
        List<Goal> goals = new ArrayList<>();
        for (SizeResults size : sizes) {
            String scope = "N = " + size.revisions();
            ShiftEstimate ours = size.overhead(Scenario.UP_TO_DATE, Tool.OPSDB);
            ShiftEstimate flyway = size.overhead(Scenario.UP_TO_DATE, Tool.FLYWAY);
            ShiftEstimate liquibase = size.overhead(Scenario.UP_TO_DATE, Tool.LIQUIBASE);
            goals.add(new Goal("up-to-date boot overhead ≤ ⅓ of Flyway's", scope,
                    ratio(ours, flyway, 3), ours.estimate() <= flyway.estimate() / 3));
            goals.add(new Goal("up-to-date boot overhead ≤ 1/10 of Liquibase's", scope,
                    ratio(ours, liquibase, 10), ours.estimate() <= liquibase.estimate() / 10));
            double oursBeans = Spread.of(toolMillis(size.boots(Scenario.UP_TO_DATE, Tool.OPSDB))).median();
            double flywayBeans = Spread.of(toolMillis(size.boots(Scenario.UP_TO_DATE, Tool.FLYWAY))).median();
            double liquibaseBeans = Spread.of(toolMillis(size.boots(Scenario.UP_TO_DATE, Tool.LIQUIBASE))).median();
            goals.add(new Goal("steadier view of the same: time creating the tool's beans ≤ ⅓ of Flyway's", scope,
                    ratio(oursBeans, flywayBeans), oursBeans <= flywayBeans / 3));
            goals.add(new Goal("steadier view of the same: time creating the tool's beans ≤ 1/10 of Liquibase's",
                    scope, ratio(oursBeans, liquibaseBeans), oursBeans <= liquibaseBeans / 10));
            int statements = size.statementCount(Tool.OPSDB);
            goals.add(new Goal("statements sent by the up-to-date check ≤ 3", scope,
                    statements + " (Flyway " + size.statementCount(Tool.FLYWAY) + ", Liquibase "
                            + size.statementCount(Tool.LIQUIBASE) + ")", statements >= 0 && statements <= 3));
            ShiftEstimate oursApply = size.overhead(Scenario.APPLY, Tool.OPSDB);
            ShiftEstimate flywayApply = size.overhead(Scenario.APPLY, Tool.FLYWAY);
            goals.add(new Goal("empty-database apply ≤ Flyway's", scope,
                    ratio(oursApply, flywayApply, 1), oursApply.estimate() <= flywayApply.estimate()));
            double baseline = Spread.of(peaks(size.baseline())).median();
            for (Scenario scenario : List.of(Scenario.UP_TO_DATE, Scenario.APPLY)) {
                double peak = Spread.of(peaks(size.boots(scenario, Tool.OPSDB))).median();
                goals.add(new Goal("peak RSS ≤ baseline + 10 MB (" + describe(scenario) + ")", scope,
                        String.format("%.1f MiB vs %.1f MiB: %+.1f MiB", peak / KIB_PER_MIB,
                                baseline / KIB_PER_MIB, (peak - baseline) / KIB_PER_MIB),
                        peak - baseline <= TEN_MB_IN_KIB));
            }
        }
        if (!reflectCold.isEmpty()) {
            double cold = Spread.of(reflectCold).median();
            double warm = Spread.of(reflectWarm).median();
            goals.add(new Goal("reflection + diff of a 500-table schema < 1 s, first run in a fresh JVM",
                    reflectShape, String.format("%.0f ms", cold), cold < 1000));
            goals.add(new Goal("reflection + diff of a 500-table schema < 1 s, warm JVM", reflectShape,
                    String.format("%.0f ms", warm), warm < 1000));
        }
        return goals;
    }

    /** The whole report. */
    public String render() {
        StringBuilder md = new StringBuilder("# Benchmarks: opsdb-migrations vs Flyway vs Liquibase\n\n");
        md.append("Machine:\n\n");
        machine.forEach(line -> md.append("- ").append(line).append('\n'));
        md.append("- rounds: ").append(rounds).append(" (tools interleaved in every round: ours, Flyway,")
                .append(" Liquibase), with ").append(pairs).append(" up-to-date/tool-off pair(s) per tool and round")
                .append(" (the two boots of a pair back to back, in alternating order); figures are median")
                .append(" (min–max); an overhead is the Hodges–Lehmann estimate from the pairs' (or, applying, the")
                .append(" rounds') on − off differences, with its 95 % confidence interval; every boot is in the")
                .append(" `-boots.csv` file beside the report\n\n");
        md.append("## Goals\n\n| goal | where | measured | holds |\n|---|---|---|---|\n");
        for (Goal goal : goals()) {
            md.append("| ").append(goal.goal()).append(" | ").append(goal.scope()).append(" | ")
                    .append(goal.measured()).append(" | ").append(goal.holds() ? "yes" : "**NO**").append(" |\n");
        }
        for (SizeResults size : sizes) {
            md.append("\n## N = ").append(size.revisions()).append(" revisions\n\n");
            md.append("| measure | opsdb-migrations | Flyway | Liquibase |\n|---|---|---|---|\n");
            row(md, "boot, up to date (ms)", tool -> ms(size.boots(Scenario.UP_TO_DATE, tool)));
            row(md, "boot, same jar, tool off (ms)", tool -> ms(size.boots(Scenario.TOOL_OFF, tool)));
            row(md, "**up-to-date overhead** (on − off, ms)",
                    tool -> size.overhead(Scenario.UP_TO_DATE, tool).format());
            row(md, "time creating the tool's beans, up to date (ms)",
                    tool -> toolTime(size.boots(Scenario.UP_TO_DATE, tool)));
            row(md, "statements sent by the up-to-date check", tool -> Integer.toString(size.statementCount(tool)));
            row(md, "boot on an empty database (ms)", tool -> ms(size.boots(Scenario.APPLY, tool)));
            row(md, "**apply " + size.revisions() + " revisions** (empty − off, ms)",
                    tool -> size.overhead(Scenario.APPLY, tool).format());
            row(md, "time creating the tool's beans, applying (ms)",
                    tool -> toolTime(size.boots(Scenario.APPLY, tool)));
            row(md, "peak RSS, up to date (MiB)",
                    tool -> Spread.of(peaks(size.boots(Scenario.UP_TO_DATE, tool))).format(KIB_PER_MIB, 1));
            row(md, "peak RSS, applying (MiB)",
                    tool -> Spread.of(peaks(size.boots(Scenario.APPLY, tool))).format(KIB_PER_MIB, 1));
            md.append("\nBaseline (the same service with no migration tool, on an up-to-date database): boot ")
                    .append(ms(size.baseline())).append(" ms, peak RSS ")
                    .append(Spread.of(peaks(size.baseline())).format(KIB_PER_MIB, 1)).append(" MiB.\n");
            md.append("\nStatements of our up-to-date check (tool on minus tool off, first line of each):\n\n");
            size.statementTexts(Tool.OPSDB).forEach(s -> md.append("    ").append(s).append('\n'));
        }
        if (!reflectCold.isEmpty()) {
            md.append("\n## Reflection + diff (").append(reflectShape).append(")\n\n")
                    .append("`SchemaReflector.reflect` of the live database + `SchemaDiff.compare` with a model of the")
                    .append(" same size that differs from it; cold = first run in a fresh JVM, warm = median of 5 more.\n\n")
                    .append("| cold (ms) | warm (ms) |\n|---|---|\n| ").append(Spread.of(reflectCold).format(1, 0))
                    .append(" | ").append(Spread.of(reflectWarm).format(1, 0)).append(" |\n");
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String measure, Function<Tool, String> cell) {
        md.append("| ").append(measure);
        for (Tool tool : Tool.MIGRATORS) {
            md.append(" | ").append(cell.apply(tool));
        }
        md.append(" |\n");
    }

    private static String describe(Scenario scenario) {
        return scenario == Scenario.APPLY ? "applying" : "up to date";
    }

    private static String ms(List<BootResult> boots) {
        return Spread.of(boots.stream().map(BootResult::millis).toList()).format(1, 0);
    }

    private static String toolTime(List<BootResult> boots) {
        return Spread.of(toolMillis(boots)).format(1, 0);
    }

    private static List<Long> toolMillis(List<BootResult> boots) {
        return boots.stream().map(BootResult::toolMillis).toList();
    }

    private static List<Long> peaks(List<BootResult> boots) {
        return boots.stream().map(BootResult::peakKib).toList();
    }

    private static String ratio(double ours, double theirs) {
        return ratio(String.format("ours %.0f ms, theirs %.0f ms", ours, theirs), ours, theirs, "");
    }

    /** The two overheads with their intervals, their ratio, and the limit {@code theirs / divisor} ours is held to. */
    private static String ratio(ShiftEstimate ours, ShiftEstimate theirs, int divisor) {
        String limit = divisor == 1 ? "" : String.format("; limit %.0f ms", theirs.estimate() / divisor);
        return ratio("ours " + ours.format() + " ms, theirs " + theirs.format() + " ms", ours.estimate(),
                theirs.estimate(), limit);
    }

    private static String ratio(String figures, double ours, double theirs, String limit) {
        return theirs <= 0 ? figures + " (theirs ≤ 0: within noise)"
                : figures + String.format(": %.2f", ours / theirs) + limit;
    }
}

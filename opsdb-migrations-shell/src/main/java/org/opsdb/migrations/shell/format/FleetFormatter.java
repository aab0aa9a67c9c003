package org.opsdb.migrations.shell.format;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.opsdb.migrations.fleet.FleetCommand;
import org.opsdb.migrations.fleet.FleetCommand.Action;
import org.opsdb.migrations.fleet.FleetProgress;
import org.opsdb.migrations.fleet.FleetReport;
import org.opsdb.migrations.fleet.FleetShard;
import org.opsdb.migrations.fleet.TargetResult;
import org.opsdb.migrations.fleet.TargetResult.Outcome;
import org.opsdb.migrations.revision.RevisionGraph;

/**
 * How the console shows a fleet's run: one progress line per finished target, the summary table (target, before,
 * after, duration, outcome) with a line of totals, and for {@code check} and {@code lint} their findings, each group
 * of identical ones once.
 */
public final class FleetFormatter {

    private static final String[] HEADER = {"target", "before", "after", "duration", "outcome"};
    private static final String[] READ_HEADER = {"target", "at", "duration", "outcome"};

    private FleetFormatter() {
    }

    /**
     * {@code [17/200: 17 done, 0 failed, 183 left, 35.2/s, ETA 6 s] t_017 ok base -> f1ee70000003 (0.12 s)}; a failed
     * target's line ends with {@code : REASON}.
     */
    public static String progressLine(TargetResult result, FleetProgress progress) {
        return progressLine(null, result, progress);
    }

    /**
     * The same, for a run of one shard ({@code null}: the whole fleet), which the line names first:
     * {@code [shard 1/4, 3/12: 3 done, 0 failed, 9 left, 2.1/s, ETA 4 s] t_005 ok base -> f1ee70000003 (0.12 s)}.
     */
    public static String progressLine(FleetShard shard, TargetResult result, FleetProgress progress) {
        Duration eta = progress.eta();
        return "[" + (shard == null ? "" : "shard " + shard + ", ") + (progress.done() + progress.failed()) + "/" + progress.total() + ": " + progress.done()
                + " done, " + progress.failed() + " failed, " + progress.left() + " left, "
                + String.format(Locale.ROOT, "%.1f", progress.rate()) + "/s, ETA "
                + (eta == null ? "?" : (eta.toMillis() + 999) / 1000 + " s") + "] " + result.target().name() + " "
                + result.outcome().word() + " " + TargetResult.heads(result.before()) + " -> "
                + TargetResult.heads(result.after()) + " (" + seconds(result.duration()) + ")"
                + (result.reason() == null ? "" : ": " + result.reason());
    }

    /**
     * The summary table, one row per target in the run's order, then the totals line. {@code check} and {@code lint}
     * change nothing, so their table has the target's revision ({@code at}) instead of before and after, and says
     * {@code no differences}, {@code 2 differences}, {@code no findings} or {@code 1 finding}.
     */
    public static String table(FleetReport report) {
        boolean reads = reads(report.command().action());
        List<String[]> rows = new ArrayList<>();
        if (report.results().isEmpty()) {
            return totals(report) + "\n";
        }
        rows.add(reads ? READ_HEADER : HEADER);
        for (TargetResult result : report.results()) {
            String duration = result.outcome() == Outcome.SKIPPED ? "-" : seconds(result.duration());
            String outcome = outcome(report.command().action(), result);
            rows.add(reads ? new String[] {result.target().name(), TargetResult.heads(result.before()), duration,
                    outcome} : new String[] {result.target().name(), TargetResult.heads(result.before()),
                    TargetResult.heads(result.after()), duration, outcome});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder table = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : String.format("%-" + widths[i] + "s  ", row[i]));
            }
            table.append(line.toString().stripTrailing()).append('\n');
        }
        return table.append(totals(report)).append('\n').toString();
    }

    /**
     * {@code fleet upgrade head: 200 targets, 198 ok, 0 behind, 2 failed, 0 skipped in 6.1 s}; for {@code check}
     * {@code 1 ok, 1 differ, ...}, for {@code lint} {@code 1 ok, 3 with findings, ...}; for a shard
     * {@code fleet upgrade head: shard 1/4, 12 of 48 targets, 12 ok, 0 behind, 0 failed, 0 skipped in 0.5 s}.
     */
    public static String totals(FleetReport report) {
        Action action = report.command().action();
        StringBuilder line = new StringBuilder("fleet " + report.command() + ": " + report.sharded()
                .map(shard -> "shard " + shard + ", " + report.results().size() + " of " + report.fleetTargets())
                .orElse(String.valueOf(report.results().size()))
                + (report.fleetTargets() == 1 ? " target" : " targets"));
        for (Outcome outcome : action.outcomes()) {
            line.append(", ").append(report.count(outcome)).append(' ').append(outcome != Outcome.FINDINGS
                    ? outcome.word() : action == Action.CHECK ? "differ" : "with findings");
        }
        return line.append(" in ").append(seconds(report.duration())).toString();
    }

    /**
     * The line a shard's run starts with: {@code fleet upgrade head: shard 1/4 takes 12 of 48 targets}, or for a
     * shard that takes none {@code fleet upgrade head: shard 3/4 takes none of the 3 targets; nothing to do}.
     */
    public static String shardLine(FleetCommand command, FleetShard shard, int taken, int fleetTargets) {
        return "fleet " + command + ": shard " + shard + (taken == 0 ? " takes none of the " + fleetTargets
                + (fleetTargets == 1 ? " target" : " targets") + "; nothing to do"
                : " takes " + taken + " of " + fleetTargets + (fleetTargets == 1 ? " target" : " targets"));
    }

    /**
     * The findings of {@code check} or {@code lint}, each group of identical ones once, headed by the targets that
     * share them (consecutive targets as a range), in the order the group's first target ran:
     * <pre>
     * t_001..t_026 (26) would run a1b2c3d4e5f6, b2c3d4e5f6a1:
     *   db/migrations/b2c3d4e5f6a1_index.sql:7: [index-without-concurrently] ...
     * t_031 (1) differs from the entity model:
     *   add column note.author
     * </pre>
     * A {@code lint} group shares the revisions it would run ({@code graph} tells them from each target's revision)
     * as well as the findings. Empty when there are none (and for the other commands).
     */
    public static String findingGroups(FleetReport report, RevisionGraph graph) {
        Action action = report.command().action();
        Map<Findings, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < report.results().size(); i++) {
            TargetResult result = report.results().get(i);
            if (result.outcome() == Outcome.FINDINGS) {
                List<String> runs = action != Action.LINT ? List.of() : graph.upgradePlan(result.before(),
                        report.command().revision()).stream().map(step -> step.revision().id()).toList();
                groups.computeIfAbsent(new Findings(runs, result.findings()), key -> new ArrayList<>()).add(i);
            }
        }
        StringBuilder text = new StringBuilder();
        groups.forEach((findings, members) -> {
            text.append(names(report, members)).append(" (").append(members.size()).append(')')
                    .append(action == Action.LINT ? " would run " + String.join(", ", findings.runs())
                            : members.size() == 1 ? " differs from the entity model" : " differ from the entity model")
                    .append(":\n");
            findings.lines().forEach(line -> text.append("  ").append(line).append('\n'));
        });
        return text.toString();
    }

    /** What a group of targets shares: the revisions they would run ({@code lint}) and the finding lines. */
    private record Findings(List<String> runs, List<String> lines) {
    }

    /** The targets at these positions of the run: {@code t_001..t_026, t_031} (three or more in a row as a range). */
    private static String names(FleetReport report, List<Integer> positions) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        while (from < positions.size()) {
            int to = from;
            while (to + 1 < positions.size() && positions.get(to + 1) == positions.get(to) + 1) {
                to++;
            }
            String first = report.results().get(positions.get(from)).target().name();
            String last = report.results().get(positions.get(to)).target().name();
            if (to - from >= 2) {
                parts.add(first + ".." + last);
            } else {
                for (int i = from; i <= to; i++) {
                    parts.add(report.results().get(positions.get(i)).target().name());
                }
            }
            from = to + 1;
        }
        return String.join(", ", parts);
    }

    /** Whether the action only reads the targets and reports findings ({@code check}, {@code lint}). */
    private static boolean reads(Action action) {
        return action.outcomes().contains(Outcome.FINDINGS);
    }

    private static String outcome(Action action, TargetResult result) {
        if (result.reason() != null) {
            return result.outcome().word() + ": " + result.reason();
        }
        if (!reads(action) || result.outcome() != Outcome.OK && result.outcome() != Outcome.FINDINGS) {
            return result.outcome().word();
        }
        int count = result.findings().size();
        String noun = action == Action.CHECK ? "difference" : "finding";
        return (count == 0 ? "no" : String.valueOf(count)) + " " + noun + (count == 1 ? "" : "s");
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2f s", duration.toNanos() / 1e9);
    }
}

package org.opsdb.migrations.shell.format;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opsdb.migrations.fleet.FleetCommand;
import org.opsdb.migrations.fleet.FleetProgress;
import org.opsdb.migrations.fleet.FleetReport;
import org.opsdb.migrations.fleet.FleetShard;
import org.opsdb.migrations.fleet.TargetResult;
import org.opsdb.migrations.fleet.TargetResult.Outcome;

/**
 * How the console shows a fleet's run: one progress line per finished target, and the summary table (target, before,
 * after, duration, outcome) with a line of totals.
 */
public final class FleetFormatter {

    private static final String[] HEADER = {"target", "before", "after", "duration", "outcome"};

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

    /** The summary table, one row per target in the run's order, then the totals line. */
    public static String table(FleetReport report) {
        List<String[]> rows = new ArrayList<>();
        if (report.results().isEmpty()) {
            return totals(report) + "\n";
        }
        rows.add(HEADER);
        for (TargetResult result : report.results()) {
            rows.add(new String[] {result.target().name(), TargetResult.heads(result.before()),
                    TargetResult.heads(result.after()),
                    result.outcome() == Outcome.SKIPPED ? "-" : seconds(result.duration()), outcome(result)});
        }
        int[] widths = new int[HEADER.length];
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
     * {@code fleet upgrade head: 200 targets, 198 ok, 0 behind, 2 failed, 0 skipped in 6.1 s}; for a shard
     * {@code fleet upgrade head: shard 1/4, 12 of 48 targets, 12 ok, 0 behind, 0 failed, 0 skipped in 0.5 s}.
     */
    public static String totals(FleetReport report) {
        StringBuilder line = new StringBuilder("fleet " + report.command() + ": " + report.sharded()
                .map(shard -> "shard " + shard + ", " + report.results().size() + " of " + report.fleetTargets())
                .orElse(String.valueOf(report.results().size()))
                + (report.fleetTargets() == 1 ? " target" : " targets"));
        for (Outcome outcome : Outcome.values()) {
            line.append(", ").append(report.count(outcome)).append(' ').append(outcome.word());
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

    private static String outcome(TargetResult result) {
        return result.reason() == null ? result.outcome().word() : result.outcome().word() + ": " + result.reason();
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2f s", duration.toNanos() / 1e9);
    }
}

package org.opsdb.migrations.fleet;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opsdb.migrations.fleet.TargetResult.Outcome;

/**
 * A {@link FleetReport} as JSON (core has no JSON library; this writes the one shape it needs):
 * <pre>
 * {"command": "upgrade", "revision": "head", "started": "2026-12-07T23:01:02.345Z", "durationMillis": 5120,
 *  "targets": 200, "shard": null, "fleetTargets": 200, "ok": 199, "behind": 0, "failed": 1, "skipped": 0,
 *  "results": [{"target": "tenant_001", "kind": "schema", "before": [], "after": ["c0ffee000003"],
 *               "durationMillis": 41, "outcome": "ok", "reason": null}, ...]}
 * </pre>
 * {@code targets} counts the targets run; a sharded run names its shard ({@code "shard": {"index": 1, "count": 4}})
 * and {@code fleetTargets} the targets of the whole fleet, of which the shard took {@code targets}.
 * Heads are arrays of revision ids ({@code []} is base), {@code null} when they could not be read.
 */
final class FleetReportJson {

    private FleetReportJson() {
    }

    static String write(FleetReport report) {
        StringBuilder json = new StringBuilder(256 + 160 * report.results().size());
        json.append("{\n  \"command\": ").append(string(report.command().action().word()))
                .append(",\n  \"revision\": ").append(string(report.command().revision()))
                .append(",\n  \"started\": ").append(string(report.started().toString()))
                .append(",\n  \"durationMillis\": ").append(report.duration().toMillis())
                .append(",\n  \"targets\": ").append(report.results().size())
                .append(",\n  \"shard\": ").append(report.shard() == null ? "null" : "{\"index\": "
                        + report.shard().index() + ", \"count\": " + report.shard().count() + "}")
                .append(",\n  \"fleetTargets\": ").append(report.fleetTargets());
        for (Outcome outcome : Outcome.values()) {
            json.append(",\n  \"").append(outcome.word()).append("\": ").append(report.count(outcome));
        }
        json.append(",\n  \"results\": [");
        List<TargetResult> results = report.results();
        for (int i = 0; i < results.size(); i++) {
            TargetResult result = results.get(i);
            json.append(i == 0 ? "\n" : ",\n")
                    .append("    {\"target\": ").append(string(result.target().name()))
                    .append(", \"kind\": ").append(string(result.target().kind().name().toLowerCase(Locale.ROOT)))
                    .append(", \"before\": ").append(heads(result.before()))
                    .append(", \"after\": ").append(heads(result.after()))
                    .append(", \"durationMillis\": ").append(result.duration().toMillis())
                    .append(", \"outcome\": ").append(string(result.outcome().word()))
                    .append(", \"reason\": ").append(result.reason() == null ? "null" : string(result.reason()))
                    .append('}');
        }
        return json.append(results.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }

    private static String heads(Set<String> heads) {
        if (heads == null) {
            return "null";
        }
        StringBuilder array = new StringBuilder("[");
        for (String head : heads) {
            array.append(array.length() == 1 ? "" : ", ").append(string(head));
        }
        return array.append(']').toString();
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped. */
    static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}

package org.opsdb.benchmarks.harness.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.opsdb.benchmarks.harness.Tool;
import org.opsdb.benchmarks.harness.boot.BootResult;

/** Everything measured for one history size, filled in as the rounds run. */
public final class SizeResults {

    /** The scenarios a boot belongs to. */
    public enum Scenario {
        /** Boot on an empty database: the tool applies the whole history. */
        APPLY,
        /** Boot on a database that is up to date: the tool only checks. */
        UP_TO_DATE,
        /** The same jar with the tool switched off, on the up-to-date database. */
        TOOL_OFF
    }

    private final int revisions;
    private final int pairs;
    private final List<String> rows = new ArrayList<>();
    private final Map<Scenario, Map<Tool, List<BootResult>>> boots = new EnumMap<>(Scenario.class);
    private final List<BootResult> baseline = new ArrayList<>();
    private final Map<Tool, Integer> statements = new EnumMap<>(Tool.class);
    private final Map<Tool, List<String>> statementTexts = new EnumMap<>(Tool.class);

    /** Results for a history of {@code revisions}, with {@code pairs} up-to-date/tool-off pairs per round. */
    public SizeResults(int revisions, int pairs) {
        this.revisions = revisions;
        this.pairs = pairs;
        for (Scenario scenario : Scenario.values()) {
            boots.put(scenario, new EnumMap<>(Tool.class));
        }
    }

    /** The number of revisions in the history. */
    public int revisions() {
        return revisions;
    }

    /** Records one boot of {@code tool}'s app in {@code scenario}, in round {@code round}. */
    public void add(int round, Scenario scenario, Tool tool, BootResult result) {
        boots.get(scenario).computeIfAbsent(tool, t -> new ArrayList<>()).add(result);
        row(round, tool.module(), scenario.name(), result);
    }

    /** Records one boot of the app without a migration tool, in round {@code round}. */
    public void addBaseline(int round, BootResult result) {
        baseline.add(result);
        row(round, Tool.BASELINE.module(), "BASELINE", result);
    }

    private void row(int round, String tool, String scenario, BootResult result) {
        rows.add(revisions + "," + round + "," + tool + "," + scenario + "," + result.millis() + ","
                + result.peakKib() + "," + result.toolMillis());
    }

    /** Every boot as a CSV line {@code revisions,round,tool,scenario,millis,peak_kib,tool_millis}, in boot order. */
    public List<String> csvRows() {
        return List.copyOf(rows);
    }

    /** Records the statements {@code tool}'s up-to-date check sent (tool on minus tool off). */
    public void statements(Tool tool, List<String> texts) {
        statements.put(tool, texts.size());
        statementTexts.put(tool, List.copyOf(texts));
    }

    /** The boots of {@code tool} in {@code scenario}, in round order. */
    public List<BootResult> boots(Scenario scenario, Tool tool) {
        return boots.get(scenario).getOrDefault(tool, List.of());
    }

    /** The baseline boots, in round order. */
    public List<BootResult> baseline() {
        return baseline;
    }

    /** The statements of the up-to-date check of {@code tool}, or -1 if not counted. */
    public int statementCount(Tool tool) {
        return statements.getOrDefault(tool, -1);
    }

    /** The texts of those statements (first line of each). */
    public List<String> statementTexts(Tool tool) {
        return statementTexts.getOrDefault(tool, List.of());
    }

    /**
     * Boot time in {@code scenario} minus boot time with the tool off, from one difference per pair for the
     * up-to-date scenario (each pair's boots ran back to back) and one per round for the apply scenario (against the
     * round's first tool-off boot): their Hodges–Lehmann estimate with its 95 % confidence interval.
     */
    public ShiftEstimate overhead(Scenario scenario, Tool tool) {
        return ShiftEstimate.of(differences(scenario, tool));
    }

    /** The differences {@link #overhead} is estimated from, in boot order. */
    private List<Long> differences(Scenario scenario, Tool tool) {
        List<BootResult> on = boots(scenario, tool);
        List<BootResult> off = boots(Scenario.TOOL_OFF, tool);
        int step = scenario == Scenario.UP_TO_DATE ? 1 : pairs;
        List<Long> differences = new ArrayList<>();
        for (int i = 0; i < on.size() && i * step < off.size(); i++) {
            differences.add(on.get(i).millis() - off.get(i * step).millis());
        }
        return differences;
    }
}

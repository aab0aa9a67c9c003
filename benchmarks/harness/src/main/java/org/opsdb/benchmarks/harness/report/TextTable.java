package org.opsdb.benchmarks.harness.report;

import java.util.List;

/** Rows of cells printed as the benchmarks print their tables: aligned in columns, or as Markdown table rows. */
public final class TextTable {

    private TextTable() {
    }

    /** The rows left-aligned in columns two spaces apart, one line each, without trailing spaces. */
    public static String aligned(List<List<String>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(String.format("%-" + widths[i] + "s  ", row.get(i)));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** One Markdown table row: {@code | a | b |} and a line feed. */
    public static String markdownRow(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }
}

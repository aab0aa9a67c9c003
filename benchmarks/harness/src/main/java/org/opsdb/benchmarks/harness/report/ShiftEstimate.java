package org.opsdb.benchmarks.harness.report;

import java.util.Arrays;
import java.util.List;

/**
 * How much longer boots with the tool took than boots without it, from paired differences (on − off): the
 * Hodges–Lehmann estimate (the median of the Walsh averages {@code (d_i + d_j) / 2}, {@code i ≤ j}) with its
 * distribution-free 95 % confidence interval (Wilcoxon signed-rank order statistics, normal approximation). It keeps
 * the pairing, which cancels the machine's drift (the two boots of a pair vary together), and uses the differences
 * more fully than their plain median, so it moves less from run to run.
 *
 * @param estimate the shift
 * @param low      the lower end of the 95 % confidence interval
 * @param high     the upper end
 */
public record ShiftEstimate(double estimate, double low, double high) {

    private static final double Z_95 = 1.959964;

    /** The shift the paired {@code differences} (at least one) show. */
    public static ShiftEstimate of(List<? extends Number> differences) {
        if (differences.isEmpty()) {
            throw new IllegalArgumentException("no measurements");
        }
        int n = differences.size();
        double[] walsh = new double[n * (n + 1) / 2];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                walsh[k++] = (differences.get(i).doubleValue() + differences.get(j).doubleValue()) / 2;
            }
        }
        Arrays.sort(walsh);
        int count = walsh.length;
        double estimate = count % 2 == 1 ? walsh[count / 2] : (walsh[count / 2 - 1] + walsh[count / 2]) / 2;
        // from the C-th smallest to the C-th largest Walsh average (Hollander & Wolfe),
        // C = n(n+1)/4 − z·sqrt(n(n+1)(2n+1)/24) rounded, at least 1
        double spread = Z_95 * Math.sqrt(n * (n + 1.0) * (2 * n + 1) / 24);
        int c = Math.max(1, (int) Math.round(count / 2.0 - spread));
        return new ShiftEstimate(estimate, walsh[c - 1], walsh[count - c]);
    }

    /** {@code estimate (95% CI low – high)} in whole milliseconds. */
    public String format() {
        return String.format("%.0f (95%% CI %.0f – %.0f)", estimate, low, high);
    }
}

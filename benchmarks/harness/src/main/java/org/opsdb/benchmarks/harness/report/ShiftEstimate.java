package org.opsdb.benchmarks.harness.report;

import java.util.Arrays;
import java.util.List;

/**
 * How much longer one set of boots took than another: the Hodges–Lehmann estimate of the shift (the median of
 * every difference {@code a − b} between a boot {@code a} of the first set and a boot {@code b} of the second),
 * with its distribution-free 95 % confidence interval (the Mann–Whitney order statistics of those differences,
 * normal approximation). Unlike the median of paired differences it uses every on/off combination, which is what
 * makes it steadier when single boots vary by hundreds of milliseconds and the two boots of a pair do not vary
 * together.
 *
 * @param estimate the shift
 * @param low      the lower end of the 95 % confidence interval
 * @param high     the upper end
 */
public record ShiftEstimate(double estimate, double low, double high) {

    private static final double Z_95 = 1.959964;

    /** The shift of {@code first} over {@code second} (neither empty). */
    public static ShiftEstimate of(List<? extends Number> first, List<? extends Number> second) {
        if (first.isEmpty() || second.isEmpty()) {
            throw new IllegalArgumentException("no measurements");
        }
        int m = first.size();
        int n = second.size();
        double[] differences = new double[m * n];
        int k = 0;
        for (Number a : first) {
            for (Number b : second) {
                differences[k++] = a.doubleValue() - b.doubleValue();
            }
        }
        Arrays.sort(differences);
        int count = differences.length;
        double estimate = count % 2 == 1 ? differences[count / 2]
                : (differences[count / 2 - 1] + differences[count / 2]) / 2;
        // the interval runs from the C-th smallest to the C-th largest difference (Hollander & Wolfe),
        // C = mn/2 − z·sqrt(mn(m+n+1)/12) rounded, at least 1
        double spread = Z_95 * Math.sqrt((double) m * n * (m + n + 1) / 12.0);
        int c = Math.max(1, (int) Math.round(count / 2.0 - spread));
        return new ShiftEstimate(estimate, differences[c - 1], differences[count - c]);
    }

    /** {@code estimate (95 % CI low – high)} in whole milliseconds. */
    public String format() {
        return String.format("%.0f (95%% CI %.0f – %.0f)", estimate, low, high);
    }
}

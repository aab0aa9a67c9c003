package org.opsdb.benchmarks.harness.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The median and the range of a set of measurements.
 *
 * @param median the median (the mean of the middle two for an even count)
 * @param min    the smallest
 * @param max    the largest
 */
public record Spread(double median, double min, double max) {

    /** The spread of {@code values} (at least one). */
    public static Spread of(List<? extends Number> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no measurements");
        }
        List<Double> sorted = new ArrayList<>(values.stream().map(Number::doubleValue).toList());
        sorted.sort(null);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Spread(median, sorted.get(0), sorted.get(n - 1));
    }

    /** {@code median (min–max)}, with values divided by {@code unit} and {@code decimals} decimals. */
    public String format(double unit, int decimals) {
        String pattern = "%." + decimals + "f";
        return String.format(pattern, median / unit) + " (" + String.format(pattern, min / unit) + "–"
                + String.format(pattern, max / unit) + ")";
    }
}

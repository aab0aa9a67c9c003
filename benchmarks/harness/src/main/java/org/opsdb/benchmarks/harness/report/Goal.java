package org.opsdb.benchmarks.harness.report;

/**
 * One goal of the benchmark and whether this run met it.
 *
 * @param goal     what is promised
 * @param scope    where it was measured, e.g. {@code N = 500}
 * @param measured the figures it was judged on
 * @param holds    whether it holds
 */
public record Goal(String goal, String scope, String measured, boolean holds) {
}

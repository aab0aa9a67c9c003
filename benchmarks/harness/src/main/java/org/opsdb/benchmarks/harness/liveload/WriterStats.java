package org.opsdb.benchmarks.harness.liveload;

import java.util.List;

/**
 * What the writers saw during one window: how many operations, how many failed, the longest wait and the 99th
 * percentile (nearest rank) of the waits, in milliseconds.
 */
record WriterStats(int operations, int failed, double maxMillis, double p99Millis) {

    private static final double NANOS_PER_MILLI = 1_000_000.0;

    /** The statistics of {@code operations}. */
    static WriterStats of(List<WriterLoad.Operation> operations) {
        long[] waits = operations.stream().mapToLong(WriterLoad.Operation::waitNanos).sorted().toArray();
        int failed = (int) operations.stream().filter(WriterLoad.Operation::failed).count();
        if (waits.length == 0) {
            return new WriterStats(0, 0, 0, 0);
        }
        int p99 = (int) Math.ceil(waits.length * 0.99) - 1;
        return new WriterStats(waits.length, failed, waits[waits.length - 1] / NANOS_PER_MILLI,
                waits[p99] / NANOS_PER_MILLI);
    }
}

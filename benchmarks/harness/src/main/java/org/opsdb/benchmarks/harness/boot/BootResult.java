package org.opsdb.benchmarks.harness.boot;

/**
 * One boot of the service in a fresh JVM.
 *
 * @param millis     from just before the process was started to the service's {@code READY} time stamp
 * @param peakKib    the child JVM's peak resident set size ({@code VmHWM}) when it was ready, in KiB
 * @param toolMillis time Spring spent creating the migration tool's beans ({@code TOOL} line, from Spring's startup
 *                   timeline), 0 without a tool
 */
public record BootResult(long millis, long peakKib, long toolMillis) {
}

package org.opsdb.benchmarks.harness.boot;

/**
 * One boot of the service in a fresh JVM.
 *
 * @param millis  from just before the process was started to the service's {@code READY} time stamp
 * @param peakKib the child JVM's peak resident set size ({@code VmHWM}) when it was ready, in KiB
 * @param initializerMillis time in the migration tool's initializer bean ({@code INIT} line), -1 without one
 */
public record BootResult(long millis, long peakKib, long initializerMillis) {
}

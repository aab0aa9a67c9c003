package org.opsdb.benchmarks.harness.console;

/**
 * One timed run of a child process.
 *
 * @param wallMillis from starting the process until it exited (a command) or said it was ready (a service boot)
 * @param cpuMillis  the CPU time (user + system) the process used in that time
 */
public record TimedRun(double wallMillis, double cpuMillis) {
}

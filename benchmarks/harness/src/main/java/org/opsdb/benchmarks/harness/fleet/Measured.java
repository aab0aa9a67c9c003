package org.opsdb.benchmarks.harness.fleet;

import java.util.List;
import org.opsdb.benchmarks.harness.console.TimedRun;
import org.opsdb.benchmarks.harness.report.Spread;

/**
 * One tool's runs of one step of the fleet benchmark.
 *
 * @param tool      who ran, as the tables name it (e.g. {@code Flyway 12.4.0: API in a loop})
 * @param processes each run's child process: from starting the JVM until it exited, and its CPU time
 * @param work      each run's time inside the JVM, from reading the schemas until the tool returned (for the
 *                  console, the fleet's own total from its last line), in milliseconds
 * @param loads     the 1-minute load average before each run
 */
record Measured(String tool, List<TimedRun> processes, List<Double> work, List<String> loads) {

    /** The median, min and max wall time of the processes, in milliseconds. */
    Spread wall() {
        return Spread.of(processes.stream().map(TimedRun::wallMillis).toList());
    }

    /** The median, min and max CPU time of the processes, in milliseconds. */
    Spread cpu() {
        return Spread.of(processes.stream().map(TimedRun::cpuMillis).toList());
    }

    /** The median, min and max time inside the JVM, in milliseconds. */
    Spread inJvm() {
        return Spread.of(work);
    }
}

package org.opsdb.migrations.fleet;

import java.time.Duration;

/**
 * How far a fleet is, after a target finished.
 *
 * @param total   the targets of the run
 * @param done    targets finished without failing (ok or behind)
 * @param failed  targets that failed
 * @param skipped targets that will not run (a canary failed, or the failure limit was reached)
 * @param elapsed time since the run started
 */
public record FleetProgress(int total, int done, int failed, int skipped, Duration elapsed) {

    /** Targets neither finished nor skipped yet. */
    public int left() {
        return total - done - failed - skipped;
    }

    /** Targets finished (done or failed) per second so far. */
    public double rate() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : (done + failed) / seconds;
    }

    /** The time the targets left would take at the rate so far; {@code null} before any target finished. */
    public Duration eta() {
        double rate = rate();
        return rate <= 0 ? null : Duration.ofMillis(Math.round(left() / rate * 1000));
    }
}

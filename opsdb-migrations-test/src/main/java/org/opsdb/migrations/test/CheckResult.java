package org.opsdb.migrations.test;

/**
 * The outcome of one check.
 *
 * @param check   which check
 * @param status  passed, failed or skipped
 * @param message the failure message or the reason for skipping; empty when passed
 * @param error   the failure, or {@code null}
 */
public record CheckResult(StandardCheck check, Status status, String message, Throwable error) {

    /** How a check ended. */
    public enum Status {
        /** The check found nothing wrong. */
        PASSED,
        /** The check found a problem; {@link #message()} names it. */
        FAILED,
        /** The check could not run; {@link #message()} says why. */
        SKIPPED
    }

    /** Whether the check failed. */
    public boolean failed() {
        return status == Status.FAILED;
    }

    @Override
    public String toString() {
        return check.displayName() + ": " + status + (message.isEmpty() ? "" : " - " + message);
    }
}

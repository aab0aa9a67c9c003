package org.opsdb.migrations.runtime;

import java.time.Duration;
import org.opsdb.migrations.revision.Step;

/** Hears about each step of an online run, e.g. to time revisions with Micrometer. */
public interface MigrationListener {

    /** Called before a step's script runs. */
    default void beforeStep(Step step) {
    }

    /** Called after a step committed (or, in single-transaction mode, finished). */
    default void afterStep(Step step, Duration duration) {
    }

    /** Called when a step failed; the transaction has been rolled back. */
    default void onFailure(Step step, RuntimeException error) {
    }
}

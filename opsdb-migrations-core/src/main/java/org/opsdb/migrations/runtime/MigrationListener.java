package org.opsdb.migrations.runtime;

import java.time.Duration;
import org.opsdb.migrations.operations.SqlSink;
import org.opsdb.migrations.revision.Step;

/** Hears about each step of an online run, e.g. to time revisions with Micrometer. */
public interface MigrationListener {

    /** Called before a step's script runs. */
    default void beforeStep(Step step) {
    }

    /**
     * The sink {@code step}'s script writes its statements to: {@code sink} itself (the default), or a wrapper that
     * passes each statement on to it and watches it run, as the lock tracer does. Called before each attempt of the
     * script, after {@link #beforeStep}; statements of the version and history tables do not pass through it.
     */
    default SqlSink scriptSink(Step step, SqlSink sink) {
        return sink;
    }

    /** Called after a step committed (or, in single-transaction mode, finished). */
    default void afterStep(Step step, Duration duration) {
    }

    /** Called when a step failed; the transaction has been rolled back. */
    default void onFailure(Step step, RuntimeException error) {
    }
}

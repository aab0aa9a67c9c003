package org.opsdb.migrations.locktrace;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.opsdb.migrations.operations.SqlSink;
import org.opsdb.migrations.revision.Step;
import org.opsdb.migrations.runtime.MigrationListener;

/**
 * Hooks the tracer into the runtime's run of one revision: wraps the sink its script writes to in a
 * {@link TracingSink} (a new one for each attempt) and ends the last transaction's locks when the step commits.
 */
final class TraceListener implements MigrationListener {

    private final Connection observer;
    private Step expected;
    private Map<Long, Relation> tables;
    private ScriptPlaces places;
    private TracingSink sink;

    TraceListener(Connection observer) {
        this.observer = observer;
    }

    /** The next step to trace, the tables that exist before it and where its statements stand. */
    void expect(Step step, Map<Long, Relation> before, ScriptPlaces scriptPlaces) {
        this.expected = step;
        this.tables = Map.copyOf(before);
        this.places = scriptPlaces;
        this.sink = null;
    }

    @Override
    public SqlSink scriptSink(Step step, SqlSink scriptSink) {
        if (!step.equals(expected)) {
            return scriptSink;
        }
        sink = new TracingSink(scriptSink, tables, observer, places);
        return sink;
    }

    @Override
    public void afterStep(Step step, Duration duration) {
        if (step.equals(expected) && sink != null) {
            sink.endTransaction(System.nanoTime());
        }
    }

    /** What the expected step's last attempt ran; empty when its script sent nothing. */
    List<TracingSink.Observed> observed() {
        List<TracingSink.Observed> observed = sink == null ? List.of() : sink.observed();
        expected = null;
        return observed;
    }
}

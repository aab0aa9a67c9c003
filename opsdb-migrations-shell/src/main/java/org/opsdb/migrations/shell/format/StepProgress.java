package org.opsdb.migrations.shell.format;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.opsdb.migrations.revision.Direction;
import org.opsdb.migrations.revision.Revision;
import org.opsdb.migrations.revision.RevisionGraph;
import org.opsdb.migrations.revision.Step;
import org.opsdb.migrations.runtime.AppliedStep;
import org.opsdb.migrations.runtime.MigrationListener;
import org.opsdb.migrations.runtime.MigrationResult;

/**
 * The console's progress through an upgrade or downgrade, written as it happens: {@code Running upgrade FROM ->
 * TO, message ...} when a revision starts, {@code done in 12 ms} (or {@code failed}) on the same line when it
 * ends, each piece flushed at once; then {@link #summary} for the run.
 */
public final class StepProgress implements MigrationListener {

    private final PrintWriter out;
    private final long start = System.nanoTime();
    private boolean open;

    /** Progress written to {@code out}. */
    public StepProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void beforeStep(Step step) {
        if (open) {
            // the runtime starts the revision again after a lock timeout rolled it back
            out.println("retrying");
        }
        out.print(RevisionFormatter.describe(step) + " ... ");
        out.flush();
        open = true;
    }

    @Override
    public void afterStep(Step step, Duration duration) {
        end("done in " + duration.toMillis() + " ms");
    }

    @Override
    public void onFailure(Step step, RuntimeException error) {
        end("failed");
    }

    private void end(String outcome) {
        out.println(outcome);
        out.flush();
        open = false;
    }

    /**
     * The run in one line: {@code Upgraded 3 revisions in 45 ms; now at b2 (head)}, or {@code Nothing to
     * upgrade; at b2 (head)} when no revision ran (the database is named {@code base} when it holds none).
     *
     * @param direction what the run did
     * @param result    the run
     * @param graph     the revisions, for the head markers
     */
    public String summary(Direction direction, MigrationResult result, RevisionGraph graph) {
        String verb = direction == Direction.UP ? "upgrade" : "downgrade";
        int count = result.steps().size();
        if (count == 0) {
            return "Nothing to " + verb + "; at " + at(result, graph);
        }
        return Character.toUpperCase(verb.charAt(0)) + verb.substring(1) + "d " + count
                + (count == 1 ? " revision" : " revisions") + " in " + elapsed() + " ms; now at " + at(result, graph);
    }

    /**
     * A failed run in one line, after its progress: {@code Upgrade failed after committing 2 revisions: a1, b2};
     * empty when none committed (standard output then stays as it was: the error says it all).
     *
     * @param direction what the run did
     * @param committed the revisions that committed before the failure, in order
     */
    public String failureSummary(Direction direction, List<AppliedStep> committed) {
        String verb = direction == Direction.UP ? "Upgrade" : "Downgrade";
        if (committed.isEmpty()) {
            return "";
        }
        return verb + " failed after committing " + committed.size()
                + (committed.size() == 1 ? " revision: " : " revisions: ")
                + committed.stream().map(s -> s.revision().id()).collect(Collectors.joining(", "));
    }

    /** {@code roundtrip} in one line: {@code Round trip done in 45 ms; now at b2 (head)}, {@code last} its last leg. */
    public String roundTripSummary(MigrationResult last, RevisionGraph graph) {
        return "Round trip done in " + elapsed() + " ms; now at " + at(last, graph);
    }

    private long elapsed() {
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    private static String at(MigrationResult result, RevisionGraph graph) {
        RevisionFormatter format = new RevisionFormatter(graph);
        List<Revision> now = graph.all().stream().filter(r -> result.headsAfter().contains(r.id())).toList();
        return now.isEmpty() ? "base" : now.stream().map(format::headLine).collect(Collectors.joining(", "));
    }
}

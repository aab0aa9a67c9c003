package org.opsdb.migrations.fleet;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.sql.DataSource;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.MigrationsSettings;
import org.opsdb.migrations.error.OneLineException;
import org.opsdb.migrations.fleet.FleetCommand.Action;
import org.opsdb.migrations.fleet.TargetResult.Outcome;
import org.opsdb.migrations.lint.LintOptions;
import org.opsdb.migrations.operations.Identifiers;
import org.opsdb.migrations.reflect.ReflectionScope;
import org.opsdb.migrations.revision.Revision;
import org.opsdb.migrations.runtime.AdvisoryLock;
import org.opsdb.migrations.runtime.MigrationResult;
import org.opsdb.migrations.runtime.Secrets;

/**
 * Runs one command on every target of a fleet: each target is a {@link Migrations} of its own over the base
 * instance's scripts (read once, {@link Migrations#forTarget}), so each is its own lock and transaction scope, as a
 * single database is; a run killed halfway and run again applies nothing twice. A schema target's version and
 * history tables are in that schema ({@code table-schema}), its connections' search path is that schema, and its
 * advisory lock is keyed by schema and table ({@link AdvisoryLock.Key#SCHEMA_AND_NAME}), so schema targets of one
 * database run at once. A URL target runs with the base settings on its own database.
 * <p>
 * Targets run in the order given, at most {@link FleetOptions#parallel()} at once: first the
 * {@link FleetOptions#canary() canary} targets, and only when none of them failed, the others; once
 * {@link FleetOptions#maxFailures()} targets failed, no further one is started. A target that fails is reported with
 * one line and the others go on. A run may take one {@link FleetShard shard} of the targets only, so that the pods
 * of a Kubernetes Indexed Job share a fleet with no coordinator.
 */
public final class Fleet {

    private final Migrations base;
    private final Function<String, DataSource> urlDataSources;

    /**
     * A fleet over the scripts and settings of {@code base}.
     *
     * @param base           the scripts (read once, shared by every target), the settings, and the database whose
     *                       schemas schema targets are
     * @param urlDataSources the data source of a URL target's JDBC URL
     */
    public Fleet(Migrations base, Function<String, DataSource> urlDataSources) {
        this.base = Objects.requireNonNull(base, "base");
        this.urlDataSources = Objects.requireNonNull(urlDataSources, "urlDataSources");
    }

    /** Runs {@code command} on {@code targets}, in their order, as {@code options} say, telling {@code listener}. */
    public FleetReport run(FleetCommand command, List<FleetTarget> targets, FleetOptions options,
                           FleetListener listener) {
        return run(command, targets, null, options, listener);
    }

    /**
     * Runs {@code command} on the targets of {@code fleet} that {@code shard} takes ({@link FleetShard#select}), as
     * {@link #run(FleetCommand, List, FleetOptions, FleetListener)} runs them; the canary is the first targets of
     * the share. A shard that takes no target reaches its goal with nothing run.
     *
     * @param shard the share to run, or {@code null} for the whole fleet
     */
    public FleetReport run(FleetCommand command, List<FleetTarget> fleet, FleetShard shard, FleetOptions options,
                           FleetListener listener) {
        Instant started = Instant.now();
        List<FleetTarget> targets = shard == null ? fleet : shard.select(fleet);
        if (shard != null) {
            listener.sharded(shard, targets.size(), fleet.size());
        }
        Run run = new Run(command, targets, options, listener, System.nanoTime());
        try {
            int canary = Math.min(options.canary(), targets.size());
            run.batch(0, canary);
            if (run.failed > 0) {
                run.skipFrom(canary, "not run: a canary target failed");
            } else {
                if (canary > 0 && canary < targets.size()) {
                    listener.canaryPassed(canary);
                }
                run.batch(canary, targets.size());
            }
        } finally {
            run.close();
        }
        return new FleetReport(command, started, Duration.ofNanos(System.nanoTime() - run.start),
                Arrays.asList(run.results), shard, fleet.size());
    }

    /** One run: its threads, its results so far and its counts (touched by the calling thread only). */
    private final class Run implements AutoCloseable {

        private final FleetCommand command;
        private final List<FleetTarget> targets;
        private final FleetOptions options;
        private final FleetListener listener;
        private final long start;
        private final TargetResult[] results;
        private final ExecutorService workers;
        private final ScheduledExecutorService timer;
        /** The schema targets' connections, shared by the run's targets; none without a database. */
        private final FleetConnections schemaConnections;
        private int done;
        private int failed;
        private int skipped;

        Run(FleetCommand command, List<FleetTarget> targets, FleetOptions options, FleetListener listener,
            long start) {
            this.command = command;
            this.targets = List.copyOf(targets);
            this.options = options;
            this.listener = listener;
            this.start = start;
            this.results = new TargetResult[targets.size()];
            this.workers = Executors.newFixedThreadPool(options.parallel(), daemons("opsdb-fleet-"));
            this.timer = options.timeout().isZero() ? null
                    : Executors.newSingleThreadScheduledExecutor(daemons("opsdb-fleet-timer-"));
            this.schemaConnections = base.dataSource()
                    .map(database -> new FleetConnections(database, options.parallel())).orElse(null);
        }

        /** Runs targets {@code from} (inclusive) to {@code to}; skips the rest of them once failures stop the run. */
        void batch(int from, int to) {
            CompletionService<Integer> finished = new ExecutorCompletionService<>(workers);
            int next = from;
            int running = 0;
            while (true) {
                while (next < to && running < options.parallel() && !options.stops(failed)) {
                    int index = next++;
                    finished.submit(() -> {
                        results[index] = runTarget(command, targets.get(index), options.timeout(), timer,
                                schemaConnections);
                        return index;
                    });
                    running++;
                }
                if (running == 0) {
                    break;
                }
                int index = take(finished);
                running--;
                TargetResult result = results[index];
                if (result.outcome() == Outcome.FAILED) {
                    failed++;
                } else {
                    done++;
                }
                listener.finished(result, progress());
            }
            if (next < to) {
                skipRange(next, to, "not run: " + failed + (failed == 1 ? " target" : " targets")
                        + " failed (max failures " + options.maxFailures() + ")");
            }
        }

        void skipFrom(int from, String reason) {
            skipRange(from, targets.size(), reason);
        }

        private void skipRange(int from, int to, String reason) {
            for (int i = from; i < to; i++) {
                results[i] = TargetResult.skipped(targets.get(i), reason);
                skipped++;
            }
        }

        private int take(CompletionService<Integer> finished) {
            try {
                return finished.take().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OneLineException("Interrupted while the fleet ran " + command, e);
            } catch (ExecutionException e) {
                // runTarget catches what a target throws; this is an Error of the worker itself
                throw new IllegalStateException("A fleet worker failed: " + e.getCause(), e.getCause());
            }
        }

        private FleetProgress progress() {
            return new FleetProgress(targets.size(), done, failed, skipped,
                    Duration.ofNanos(System.nanoTime() - start));
        }

        @Override
        public void close() {
            workers.shutdownNow();
            if (timer != null) {
                timer.shutdownNow();
            }
            if (schemaConnections != null) {
                schemaConnections.close();
            }
        }
    }

    /** Runs the command on one target; whatever fails is the target's failed result, with one line. */
    private TargetResult runTarget(FleetCommand command, FleetTarget target, Duration timeout,
                                   ScheduledExecutorService timer, FleetConnections schemaConnections) {
        long start = System.nanoTime();
        TargetDataSource connections = connections(target, schemaConnections);
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> deadline = timer == null ? null : timer.schedule(() -> {
            timedOut.set(true);
            connections.abort();
        }, timeout.toNanos(), TimeUnit.NANOSECONDS);
        Set<String> before = null;
        Migrations migrations = null;
        try {
            migrations = base.forTarget(settings(target), connections, lockKey(target));
            before = ids(migrations.current());
            Set<String> after = before;
            Outcome outcome = Outcome.OK;
            List<String> findings = List.of();
            switch (command.action()) {
                case UPGRADE -> {
                    MigrationResult result = migrations.upgrade(command.revision());
                    before = result.headsBefore();
                    after = result.headsAfter();
                    if (result.nothingToDo() && migrations.graph().isBelow(before, command.revision())) {
                        throw new OneLineException("Can't upgrade to " + command.revision()
                                + ": it is below the current head " + TargetResult.heads(before)
                                + "; use 'fleet downgrade " + command.revision() + "'");
                    }
                }
                case DOWNGRADE -> {
                    MigrationResult result = migrations.downgrade(command.revision());
                    before = result.headsBefore();
                    after = result.headsAfter();
                }
                case CURRENT -> {
                    if (!migrations.graph().upgradePlan(before, command.revision()).isEmpty()) {
                        outcome = Outcome.BEHIND;
                    }
                }
                case CHECK -> findings = migrations.check(command.model(), target.kind() == FleetTarget.Kind.SCHEMA
                        ? target.value() : ReflectionScope.DEFAULT_SCHEMA).differences();
                case LINT -> findings = migrations.lint("current", command.revision(), LintOptions.defaults())
                        .lines();
            }
            if (!findings.isEmpty()) {
                outcome = Outcome.FINDINGS;
            }
            return new TargetResult(target, before, after, since(start), outcome, null, findings);
        } catch (RuntimeException e) {
            String reason = timedOut.get() ? "Timed out after " + describe(timeout) + " (the per-target timeout)"
                    : oneLine(e);
            Set<String> after = before == null || timedOut.get() ? null : headsOrNull(migrations);
            return new TargetResult(target, before, after, since(start), Outcome.FAILED, reason);
        } finally {
            if (deadline != null) {
                deadline.cancel(false);
            }
            connections.close();
        }
    }

    /** The base settings, for a schema target with both tables in its schema. */
    private MigrationsSettings settings(FleetTarget target) {
        return target.kind() == FleetTarget.Kind.SCHEMA
                ? base.settings().with(draft -> draft.tableSchema = Identifiers.quote(target.value()))
                : base.settings();
    }

    private static AdvisoryLock.Key lockKey(FleetTarget target) {
        return target.kind() == FleetTarget.Kind.SCHEMA ? AdvisoryLock.Key.SCHEMA_AND_NAME
                : AdvisoryLock.Key.TABLE_NAME;
    }

    /** A URL target's own connections (none kept), or a schema target's from the run's shared ones. */
    private TargetDataSource connections(FleetTarget target, FleetConnections schemaConnections) {
        if (target.kind() == FleetTarget.Kind.URL) {
            return new TargetDataSource(new FleetConnections(urlDataSources.apply(target.value()), 0), null);
        }
        if (schemaConnections == null) {
            throw new OneLineException("A fleet of schemas needs a database: set a DataSource or a JDBC URL");
        }
        return new TargetDataSource(schemaConnections, target.value());
    }

    private static Set<String> headsOrNull(Migrations migrations) {
        try {
            return migrations == null ? null : ids(migrations.current());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Set<String> ids(Collection<Revision> revisions) {
        Set<String> ids = new TreeSet<>();
        revisions.forEach(revision -> ids.add(revision.id()));
        return ids;
    }

    /** The first line of the error, any password masked; the type first when it is not one of ours. */
    static String oneLine(Throwable error) {
        String message = error.getMessage();
        String line = message == null || message.isBlank() ? ""
                : Secrets.mask(message.strip().lines().findFirst().orElse(""));
        if (error instanceof OneLineException || error instanceof IllegalArgumentException) {
            return line.isEmpty() ? error.getClass().getSimpleName() : line;
        }
        return error.getClass().getSimpleName() + (line.isEmpty() ? "" : ": " + line);
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** {@code 30 s}, or {@code 1500 ms} when not whole seconds. */
    static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

package org.opsdb.migrations.runtime;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.revision.Direction;
import org.opsdb.migrations.revision.Revision;
import org.opsdb.migrations.revision.RevisionGraph;
import org.opsdb.migrations.revision.Step;
import org.opsdb.migrations.script.MigrationScript;
import org.opsdb.migrations.script.ScriptCatalog;

/**
 * Runs a plan of steps through a {@link TransactionalSink}: each script's operations, then the version-table
 * transition and the history row, inside the transaction(s) the {@link TransactionMode} asks for. The same code
 * serves online runs and offline ({@code --sql}) rendering.
 */
final class PlanExecutor {

    private final RuntimeSettings settings;
    private final ScriptCatalog catalog;
    private final RevisionGraph graph;

    PlanExecutor(RuntimeSettings settings, ScriptCatalog catalog) {
        this.settings = settings;
        this.catalog = catalog;
        this.graph = catalog.graph();
    }

    /**
     * Executes {@code steps} starting from {@code heads}.
     *
     * @param tablesExist whether the version and history tables already exist (else they are created inside the
     *                    first transaction, so a failing first revision leaves nothing behind)
     */
    MigrationResult execute(List<Step> steps, Set<String> heads, TransactionalSink sink, boolean tablesExist,
                            boolean online) {
        requireDowngrades(steps);
        Set<String> applied = new LinkedHashSet<>(graph.appliedSet(heads));
        Set<String> current = new LinkedHashSet<>(heads);
        List<AppliedStep> done = new ArrayList<>();
        boolean single = settings.transactionMode() == TransactionMode.SINGLE;
        boolean ensured = tablesExist;
        if (single && !steps.isEmpty()) {
            sink.begin();
        }
        for (Step step : steps) {
            Revision revision = step.revision();
            MigrationScript script = catalog.get(revision.id());
            sink.comment("Running " + describe(step, current));
            if (!single) {
                sink.begin();
            }
            if (!ensured) {
                ensureTables(sink);
                ensured = true;
            }
            settings.listeners().forEach(l -> l.beforeStep(step));
            long start = System.nanoTime();
            try {
                Operations op = Operations.rendering(sink);
                if (step.direction() == Direction.UP) {
                    script.upgrade(op);
                    applied.add(revision.id());
                } else {
                    script.downgrade(op);
                    applied.remove(revision.id());
                }
                Set<String> next = graph.versionHeads(applied);
                settings.versionTable().transition(current, next).forEach(sink::execute);
                long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
                sink.execute(settings.historyTable().insert(revision.id(),
                        step.direction() == Direction.UP ? HistoryTable.UP : HistoryTable.DOWN, revision.message(),
                        revision.source(), script.checksum().orElse(null), online ? millis : null, true));
                if (!single) {
                    sink.commit();
                }
                current = next;
                Duration duration = Duration.ofNanos(System.nanoTime() - start);
                done.add(new AppliedStep(revision, step.direction(), online ? duration : Duration.ZERO));
                settings.listeners().forEach(l -> l.afterStep(step, duration));
            } catch (RuntimeException e) {
                sink.rollback();
                MigrationException error = failure(step, e);
                if (online && (tablesExist || !single && !done.isEmpty())) {
                    recordFailure(step, script, sink);
                }
                settings.listeners().forEach(l -> l.onFailure(step, error));
                throw error;
            }
        }
        if (single && !steps.isEmpty()) {
            sink.commit();
        }
        return new MigrationResult(heads, current, done);
    }

    /** Moves the version table from {@code from} to {@code to} without running scripts. */
    MigrationResult stamp(Set<String> from, Set<String> to, TransactionalSink sink, boolean tablesExist) {
        if (from.equals(to)) {
            return new MigrationResult(from, to, List.of());
        }
        sink.comment("Stamping " + String.join(", ", from.isEmpty() ? Set.of("base") : from) + " -> "
                + String.join(", ", to.isEmpty() ? Set.of("base") : to));
        sink.begin();
        try {
            if (!tablesExist) {
                ensureTables(sink);
            }
            settings.versionTable().transition(from, to).forEach(sink::execute);
            for (String id : to) {
                if (!from.contains(id)) {
                    Revision revision = graph.get(id);
                    sink.execute(settings.historyTable().insert(id, HistoryTable.STAMP, revision.message(),
                            revision.source(), null, null, true));
                }
            }
            sink.commit();
        } catch (StatementFailure e) {
            sink.rollback();
            throw new MigrationException("Stamp failed: " + firstLine(e.getMessage()) + "; statement: "
                    + abbreviate(e.statement()), e);
        }
        return new MigrationResult(from, to, List.of());
    }

    /** Records a failed step after the rollback; a lost connection may make that impossible, which is fine. */
    private void recordFailure(Step step, MigrationScript script, TransactionalSink sink) {
        Revision revision = step.revision();
        try {
            sink.execute(settings.historyTable().insert(revision.id(),
                    step.direction() == Direction.UP ? HistoryTable.UP : HistoryTable.DOWN, revision.message(),
                    revision.source(), script.checksum().orElse(null), null, false));
            sink.commit();
        } catch (RuntimeException ignored) {
            sink.rollback();
        }
    }

    private void ensureTables(TransactionalSink sink) {
        settings.versionTable().createIfMissing().forEach(sink::execute);
        sink.execute(settings.historyTable().createIfMissing());
    }

    private void requireDowngrades(List<Step> steps) {
        for (Step step : steps) {
            MigrationScript script = catalog.get(step.revision().id());
            if (step.direction() == Direction.DOWN && !script.hasDowngrade()) {
                throw new MigrationException("Revision " + step.revision().id() + " (" + step.revision().source()
                        + ") has no downgrade; nothing was changed");
            }
        }
    }

    private MigrationException failure(Step step, RuntimeException e) {
        Revision revision = step.revision();
        String where = "Revision " + revision.id() + " (" + revision.source() + ") failed in "
                + (step.direction() == Direction.UP ? "upgrade" : "downgrade");
        if (e instanceof StatementFailure failure) {
            SQLException sql = failure.sqlException();
            if (ConnectionErrors.isConnectionLost(sql)) {
                return new MigrationException(where + ": the connection to the database was lost ("
                        + firstLine(sql.getMessage()) + ")", e);
            }
            return new MigrationException(where + ": " + firstLine(sql.getMessage()) + "; statement: "
                    + abbreviate(failure.statement()), e);
        }
        if (e instanceof MigrationException m) {
            return new MigrationException(where + ": " + m.getMessage(), e);
        }
        return new MigrationException(where + ": " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())), e);
    }

    private String describe(Step step, Set<String> current) {
        Revision r = step.revision();
        if (step.direction() == Direction.UP) {
            String from = r.downRevisions().isEmpty() ? "" : String.join(", ", r.downRevisions());
            return "upgrade " + from + " -> " + r.id() + ", " + r.message();
        }
        String to = r.downRevisions().isEmpty() ? "" : String.join(", ", r.downRevisions());
        return "downgrade " + r.id() + " -> " + to + ", " + r.message();
    }

    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).trim();
    }

    static String abbreviate(String sql) {
        String flat = sql.replaceAll("\\s+", " ").trim();
        return flat.length() <= 240 ? flat : flat.substring(0, 237) + "...";
    }
}

package org.opsdb.migrations.runtime;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.opsdb.migrations.ddl.SqlOperations;
import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.operations.SqlSink;
import org.opsdb.migrations.revision.Direction;
import org.opsdb.migrations.revision.Revision;
import org.opsdb.migrations.revision.RevisionGraph;
import org.opsdb.migrations.revision.Step;
import org.opsdb.migrations.script.MigrationScript;
import org.opsdb.migrations.script.ScriptCatalog;
import org.opsdb.migrations.script.ScriptStatementFailure;
import org.opsdb.migrations.script.SqlMigrationScript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a plan of steps through a {@link TransactionalSink}: each script's operations, then the version-table
 * transition and the history row, inside the transaction(s) the {@link TransactionMode} asks for. The same code
 * serves online runs and offline ({@code --sql}) rendering.
 */
final class PlanExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(PlanExecutor.class);
    /** SQLSTATE lock_not_available: {@code lock_timeout} expired, or {@code NOWAIT} found the lock taken. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final RuntimeSettings settings;
    private final ScriptCatalog catalog;
    private final RevisionGraph graph;
    /** Checked before each revision commits; {@code null} offline. */
    private final RevisionCommitCheck commitCheck;

    /** An executor for offline rendering and stamps. */
    PlanExecutor(RuntimeSettings settings, ScriptCatalog catalog) {
        this(settings, catalog, null);
    }

    /** An executor that runs {@code commitCheck} before each revision commits. */
    PlanExecutor(RuntimeSettings settings, ScriptCatalog catalog, RevisionCommitCheck commitCheck) {
        this.settings = settings;
        this.catalog = catalog;
        this.graph = catalog.graph();
        this.commitCheck = commitCheck;
    }

    /**
     * Executes {@code steps} starting from {@code heads}: one transaction per revision, or one for the run. A
     * transaction that a statement's lock timeout (SQLSTATE 55P03) rolled back whole is run again as the
     * {@link StatementLockPolicy} allows (online only).
     *
     * @param tablesExist whether the version and history tables already exist (else they are created inside the
     *                    first transaction, so a failing first revision leaves nothing behind)
     */
    MigrationResult execute(List<Step> steps, Set<String> heads, TransactionalSink sink, boolean tablesExist,
                            boolean online) {
        requireDowngrades(steps);
        Progress progress = new Progress(graph.appliedSet(heads), heads, List.of(), tablesExist);
        boolean single = settings.transactionMode() == TransactionMode.SINGLE;
        List<List<Step>> transactions = single ? (steps.isEmpty() ? List.of() : List.of(steps))
                : steps.stream().map(List::of).toList();
        for (List<Step> transaction : transactions) {
            runTransaction(transaction, sink, progress, online, single);
        }
        return new MigrationResult(heads, progress.current, progress.done);
    }

    /** What a run has done so far; a copy is kept at the start of each transaction, to go back to. */
    private static final class Progress {
        private final Set<String> applied;
        private Set<String> current;
        private final List<AppliedStep> done;
        private boolean tablesEnsured;

        Progress(Set<String> applied, Set<String> current, List<AppliedStep> done, boolean tablesEnsured) {
            this.applied = new LinkedHashSet<>(applied);
            this.current = new LinkedHashSet<>(current);
            this.done = new ArrayList<>(done);
            this.tablesEnsured = tablesEnsured;
        }

        Progress copy() {
            return new Progress(applied, current, done, tablesEnsured);
        }

        void restore(Progress saved) {
            applied.clear();
            applied.addAll(saved.applied);
            current = new LinkedHashSet<>(saved.current);
            done.clear();
            done.addAll(saved.done);
            tablesEnsured = saved.tablesEnsured;
        }
    }

    /** Runs the steps of one transaction, again after a lock timeout as the policy allows; throws on failure. */
    private void runTransaction(List<Step> steps, TransactionalSink sink, Progress progress, boolean online,
                                boolean single) {
        Progress start = progress.copy();
        StatementLockPolicy policy = settings.statementLocks();
        for (int attempt = 1; ; attempt++) {
            Step step = steps.get(0);
            EarlyCommits<Progress> early = new EarlyCommits<>(progress::copy);
            long began = System.nanoTime();
            try {
                if (!single) {
                    sink.comment("Running " + describe(step, progress.current));
                }
                sink.begin();
                for (Step next : steps) {
                    step = next;
                    if (single) {
                        sink.comment("Running " + describe(step, progress.current));
                    }
                    began = System.nanoTime();
                    runStep(step, sink, early.track(step, sink), progress, online);
                    if (single) {
                        finished(step, began, progress, online);
                    }
                }
                sink.commit();
                if (!single) {
                    finished(step, began, progress, online);
                }
                return;
            } catch (RuntimeException e) {
                boolean committedEarly = sink.committedEarly();
                sink.rollback();
                progress.restore(start);
                boolean lockTimeout = online && lockNotAvailable(e);
                if (lockTimeout && !committedEarly && attempt < policy.attempts()) {
                    waitToRetry(step, attempt, policy);
                    continue;
                }
                Step failed = step;
                Progress kept = early.stateAtCommit();
                MigrationException error = failure(failed, e,
                        lockTimeout ? new Attempts(attempt, committedEarly) : null,
                        kept == null ? progress.done : kept.done,
                        kept == null ? "" : partlyApplied(failed, early.committed(), kept, start));
                // an outside-transaction block in the first revision committed the tables it created
                if (online && (start.tablesEnsured || kept != null)) {
                    recordFailure(failed, catalog.get(failed.revision().id()), sink);
                }
                settings.listeners().forEach(l -> l.onFailure(failed, error));
                throw error;
            }
        }
    }

    /**
     * Runs one step's script (its operations writing to {@code scriptSink}), the version-table transition and the
     * history row, inside the open transaction; online, checks them before the caller commits.
     */
    private void runStep(Step step, TransactionalSink sink, SqlSink scriptSink, Progress progress, boolean online) {
        Revision revision = step.revision();
        MigrationScript script = catalog.get(revision.id());
        if (!progress.tablesEnsured) {
            ensureTables(sink);
            progress.tablesEnsured = true;
        }
        settings.listeners().forEach(l -> l.beforeStep(step));
        long start = System.nanoTime();
        SqlSink watched = scriptSink;
        for (MigrationListener listener : settings.listeners()) {
            watched = listener.scriptSink(step, watched);
        }
        Operations op = SqlOperations.rendering(watched);
        // a failure anywhere below restores the progress saved at the start of the transaction
        if (step.direction() == Direction.UP) {
            script.upgrade(op);
            progress.applied.add(revision.id());
        } else {
            script.downgrade(op);
            progress.applied.remove(revision.id());
        }
        sink.restoreSession(); // undo the script's SETs: the version row and the next revision see the run's settings
        Set<String> next = graph.versionHeads(progress.applied);
        settings.versionTable().transition(progress.current, next).forEach(sink::execute);
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        sink.execute(settings.historyTable().insert(revision.id(),
                HistoryDirection.of(step.direction()), revision.message(),
                revision.source(), script.checksum().orElse(null), online ? millis : null, true));
        if (commitCheck != null) {
            commitCheck.verify(sink.connection().orElseThrow(), next);
        }
        progress.current = new LinkedHashSet<>(next);
    }

    /** Records a step as done (committed, or finished in single-transaction mode) and tells the listeners. */
    private void finished(Step step, long began, Progress progress, boolean online) {
        Duration duration = Duration.ofNanos(System.nanoTime() - began);
        progress.done.add(new AppliedStep(step.revision(), step.direction(), online ? duration : Duration.ZERO));
        settings.listeners().forEach(l -> l.afterStep(step, duration));
    }

    /** How often a transaction that ended on a lock timeout was tried, and whether it could be retried at all. */
    private record Attempts(int count, boolean committedEarly) {
    }

    private void waitToRetry(Step step, int attempt, StatementLockPolicy policy) {
        Duration wait = policy.backoffBefore(attempt + 1);
        LOG.warn("Revision {} ({}): a statement timed out waiting for a lock (attempt {} of {}); trying again in {}",
                step.revision().id(), step.revision().source(), attempt, policy.attempts(),
                AdvisoryLock.describe(wait));
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException("Interrupted while waiting to retry revision " + step.revision().id(), e);
        }
    }

    /** Whether a statement failed behind {@code e} for want of a lock (SQLSTATE 55P03, e.g. {@code lock_timeout}). */
    private static boolean lockNotAvailable(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof StatementFailure failure) {
                return LOCK_NOT_AVAILABLE.equals(failure.sqlException().getSQLState());
            }
        }
        return false;
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
                    sink.execute(settings.historyTable().insert(id, HistoryDirection.STAMP, revision.message(),
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
                    HistoryDirection.of(step.direction()), revision.message(),
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

    /**
     * The one-line error of a failed step: revision, file, the failing statement's line when the script knows it,
     * the database's error and the statement; after a lock timeout, how often it was tried; then
     * {@code partlyApplied} (see {@link #partlyApplied}).
     */
    private MigrationException failure(Step step, RuntimeException e, Attempts attempts, List<AppliedStep> committed,
                                       String partlyApplied) {
        Revision revision = step.revision();
        RuntimeException cause = e;
        String line = "";
        if (e instanceof ScriptStatementFailure located) {
            line = " at line " + located.line();
            cause = located.getCause();
        }
        String where = "Revision " + revision.id() + " (" + revision.source() + ") failed in "
                + (step.direction() == Direction.UP ? "upgrade" : "downgrade") + line;
        if (cause instanceof StatementFailure failure) {
            SQLException sql = failure.sqlException();
            if (ConnectionErrors.isConnectionLost(sql)) {
                return new MigrationException(where + ": the connection to the database was lost ("
                        + firstLine(sql.getMessage()) + ")" + partlyApplied, e, committed);
            }
            return new MigrationException(where + ": " + firstLine(sql.getMessage())
                    + (attempts == null ? "" : lockTimeoutNote(sql, attempts)) + "; statement: "
                    + abbreviate(failure.statement())
                    + (failure.cleanup() == null ? "" : "; " + failure.cleanup()) + partlyApplied, e, committed);
        }
        if (cause instanceof MigrationException m) {
            return new MigrationException(where + ": " + m.getMessage() + partlyApplied, e, committed);
        }
        return new MigrationException(where + ": " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + firstLine(cause.getMessage())) + partlyApplied, e,
                committed);
    }

    /**
     * What an outside-transaction block committed before {@code failed} failed, and how to go on, as the end of the
     * error line: the statements of the revision it left partly applied (each with its line in a SQL file, else its
     * position), any whole revisions it committed with them (single-transaction mode), and what the version table
     * holds; empty when nothing was committed.
     *
     * @param statements the statements committed early, in order
     * @param kept       the run's progress when the block committed
     * @param start      the run's progress when the transaction began
     */
    private String partlyApplied(Step failed, List<EarlyCommits.Ran> statements, Progress kept, Progress start) {
        List<AppliedStep> whole = kept.done.subList(start.done.size(), kept.done.size());
        Step last = statements.isEmpty() ? null : statements.get(statements.size() - 1).step();
        Step partial = last == null || whole.stream().anyMatch(s -> s.revision().equals(last.revision())) ? null
                : last;
        String holds = (whole.isEmpty() ? "the version table still holds " : "the version table holds ")
                + (kept.current.isEmpty() ? "no revision" : String.join(", ", new TreeSet<>(kept.current)));
        String revisions = whole.stream().map(s -> s.revision().id()).collect(Collectors.joining(", "));
        if (partial == null) {
            return whole.isEmpty() ? "" : "; " + (whole.size() == 1 ? "revision " : "revisions ") + revisions
                    + " committed before the failure (an outside-transaction block commits what ran before it), and "
                    + holds;
        }
        List<String> lines = statements.stream().filter(s -> s.step().equals(partial))
                .map(this::describeStatement).toList();
        return "; " + (partial.equals(failed) ? "the revision" : "revision " + partial.revision().id() + " ("
                + partial.revision().source() + ")") + " is partly applied: " + enumerate(lines)
                + " committed before the failure" + (whole.isEmpty() ? "" : ", as did " + (whole.size() == 1
                        ? "revision " : "revisions ") + revisions + " before " + (lines.size() == 1 ? "it" : "them"))
                + ", and " + holds + (lines.size() == 1 ? "; undo it by hand, or make it idempotent"
                        : "; undo them by hand, or make them idempotent") + " (IF NOT EXISTS, IF EXISTS), then run "
                + (failed.direction() == Direction.UP ? "upgrade" : "downgrade") + " again";
    }

    /** {@code line 7 (CREATE TABLE …)} for a statement of a SQL file, else {@code statement 2 (…)}. */
    private String describeStatement(EarlyCommits.Ran ran) {
        String where = "statement " + (ran.position() + 1);
        if (catalog.get(ran.step().revision().id()) instanceof SqlMigrationScript file) {
            OptionalInt line = file.line(ran.step().direction(), ran.position(), ran.sql());
            if (line.isPresent()) {
                where = "line " + line.getAsInt();
            }
        }
        return where + " (" + abbreviate(ran.sql(), 80) + ")";
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}; beyond three, {@code a, b, c and 4 more}. */
    private static String enumerate(List<String> items) {
        if (items.size() > 3) {
            return String.join(", ", items.subList(0, 3)) + " and " + (items.size() - 3) + " more";
        }
        return items.size() == 1 ? items.get(0)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /**
     * After a lock timeout: what PostgreSQL says it was waiting for (its {@code Where:} line, e.g. a row of a
     * relation; a table lock has none), the attempts and the timeout.
     */
    private String lockTimeoutNote(SQLException sql, Attempts attempts) {
        String context = sql.getMessage() == null ? "" : sql.getMessage().lines().map(String::strip)
                .filter(l -> l.startsWith("Where: ")).map(l -> l.substring(7) + "; ").findFirst().orElse("");
        Duration timeout = settings.statementLocks().timeout();
        return " (" + context + attempts.count() + (attempts.count() == 1 ? " attempt" : " attempts")
                + (timeout.isZero() ? "" : ", lock_timeout " + AdvisoryLock.describe(timeout) + " each")
                + (attempts.committedEarly() ? "; not retried: part of the revision had committed outside a"
                        + " transaction" : "") + ")";
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
        return abbreviate(sql, 240);
    }

    /** {@code sql} on one line, cut to {@code max} characters (ending in {@code ...} when cut). */
    static String abbreviate(String sql, int max) {
        String flat = sql.replaceAll("\\s+", " ").trim();
        return flat.length() <= max ? flat : flat.substring(0, max - 3) + "...";
    }
}

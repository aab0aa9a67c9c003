package org.opsdb.migrations.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.opsdb.migrations.revision.RevisionGraph;
import org.opsdb.migrations.revision.Step;
import org.opsdb.migrations.script.ChecksumDrift;
import org.opsdb.migrations.script.ScriptCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs plans against a database: opens a connection, takes the advisory lock, reads the stored heads, checks
 * them and the applied checksums, executes, and releases everything. Also renders the same plans offline.
 */
public final class MigrationRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationRuntime.class);

    private final RuntimeSettings settings;
    private final Supplier<ScriptCatalog> catalog;
    private final String fingerprint;
    private final DataSource dataSource;
    private final String locationsDescription;

    /**
     * A runtime over the given scripts and their graph.
     *
     * @param catalog              the scripts, asked for only when needed (the boot's check on a database marked
     *                             up to date never needs them)
     * @param fingerprint          the scripts' {@link org.opsdb.migrations.script.ScriptSetFingerprint}, or
     *                             {@code null} when they have none (the check then always takes the full path)
     * @param dataSource           the database, or {@code null} when only offline rendering is wanted
     * @param locationsDescription where the scripts came from, for error messages
     */
    public MigrationRuntime(RuntimeSettings settings, Supplier<ScriptCatalog> catalog, String fingerprint,
                            DataSource dataSource, String locationsDescription) {
        this.settings = settings;
        this.catalog = catalog;
        this.fingerprint = fingerprint;
        this.dataSource = dataSource;
        this.locationsDescription = locationsDescription;
    }

    /** Whether a database is configured. */
    public boolean hasDatabase() {
        return dataSource != null;
    }

    /** The heads stored in the version table (empty when it does not exist); no lock is taken. */
    public Set<String> readHeads() {
        return withConnection(this::checkedHeads);
    }

    /** The rows of the history table, oldest first; no lock is taken. */
    public List<HistoryRecord> readHistory() {
        return withConnection(c -> {
            versionTableExists(c);
            return settings.historyTable().read(c);
        });
    }

    /**
     * Under the lock: reads the heads, checks them and the checksums, asks {@code planner} for the steps from
     * those heads and executes them. A run that leaves the database at every head of the scripts marks it so
     * ({@link UpToDateMark}), when checksums are validated.
     *
     * @param target what the planner plans to, e.g. {@code heads}: an upgrade to the heads of a database marked
     *               up to date with these scripts is answered from the mark
     */
    public MigrationResult run(String target, Function<Set<String>, List<Step>> planner) {
        return run(target, planner, PlanCheck.NONE);
    }

    /**
     * Same as {@link #run(String, Function)}, and when there are steps to take, {@code check} looks at them first,
     * under the lock: its warnings are added to the result's, and its refusal leaves the database unchanged.
     */
    public MigrationResult run(String target, Function<Set<String>, List<Step>> planner, PlanCheck check) {
        MigrationResult nothingToDo = withConnection(connection -> withoutWork(connection, target, planner));
        if (nothingToDo != null) {
            return nothingToDo;
        }
        return locked((connection, lock, tables) -> {
            // under the lock no other migrator creates or drops the two tables: each is looked up once
            boolean versionExists = versionTableExists(connection);
            Set<String> heads = known(versionExists ? settings.versionTable().readExisting(connection) : Set.of());
            boolean historyExists = settings.historyTable().exists(connection);
            if (settings.validateChecksums()) {
                validateChecksums(historyExists ? settings.historyTable().readAppliedChecksums(connection) : Map.of(),
                        heads);
            }
            List<Step> steps = planner.apply(heads);
            List<String> warnings = new ArrayList<>();
            if (!steps.isEmpty()) {
                warnings.addAll(check.check(connection, steps));
                warnings.addAll(historyToCreate(versionExists, historyExists, heads));
            }
            boolean tablesExist = versionExists && historyExists;
            if (!tablesExist && !steps.isEmpty()) {
                VersionTablePlacement.requireCreatable(connection, settings, tables);
            }
            MigrationResult result = new PlanExecutor(settings, catalog.get(),
                    new RevisionCommitCheck(settings.versionTable(), lock))
                    .execute(steps, heads, new JdbcSink(connection), tablesExist, true);
            if (fingerprint != null && settings.validateChecksums() && result.headsAfter().equals(graphHeads())) {
                UpToDateMark.write(connection, settings.historyTable(), fingerprint, result.headsAfter());
            }
            return result.withWarnings(warnings);
        });
    }

    /** Under the lock: reads the heads and moves the version table to what {@code target} computes from them. */
    public MigrationResult stamp(Function<Set<String>, Set<String>> target) {
        return locked((connection, lock, tables) -> {
            boolean versionExists = versionTableExists(connection);
            // stamping may repair a version table that names unknown revisions, so it reads them as they are
            Set<String> heads = versionExists ? settings.versionTable().readExisting(connection) : Set.of();
            boolean historyExists = settings.historyTable().exists(connection);
            Set<String> next = target.apply(heads);
            List<String> warnings = heads.equals(next) ? List.of()
                    : historyToCreate(versionExists, historyExists, heads);
            boolean tablesExist = versionExists && historyExists;
            if (!tablesExist && !next.equals(heads)) {
                VersionTablePlacement.requireCreatable(connection, settings, tables);
            }
            return new PlanExecutor(settings, catalog.get())
                    .stamp(heads, next, new JdbcSink(connection), tablesExist).withWarnings(warnings);
        });
    }

    /** Renders the steps from {@code heads} as a SQL script, version-table and history statements included. */
    public String render(Set<String> heads, List<Step> steps) {
        OfflineSink sink = new OfflineSink();
        new PlanExecutor(settings, catalog.get()).execute(steps, heads, sink, !heads.isEmpty(), false);
        return sink.sql();
    }

    /** Renders a stamp from {@code from} to {@code to} as a SQL script. */
    public String renderStamp(Set<String> from, Set<String> to) {
        OfflineSink sink = new OfflineSink();
        new PlanExecutor(settings, catalog.get()).stamp(from, to, sink, !from.isEmpty());
        return sink.sql();
    }

    /**
     * A version table without the history table beside it (a database adopted from Alembic, or a history table
     * dropped by hand): the command about to write creates the history table, and says so in one line, logged at
     * WARN and returned for the {@link MigrationResult}; nothing otherwise.
     */
    private List<String> historyToCreate(boolean versionExists, boolean historyExists, Set<String> heads) {
        if (!versionExists || historyExists) {
            return List.of();
        }
        String at = heads.isEmpty() ? "base" : String.join(", ", new TreeSet<>(heads));
        String warning = "History table " + settings.historyTable().name() + " does not exist beside version table "
                + settings.versionTable().name() + " (at " + at + "); creating it empty, so the steps before this run"
                + " are not in it and their checksums cannot be checked (expected once when adopting an Alembic database; otherwise it was dropped)";
        LOG.warn("{}", warning);
        return List.of(warning);
    }

    private Set<String> checkedHeads(Connection connection) throws SQLException {
        return known(storedHeads(connection));
    }

    /** The version table's rows; none when it does not exist and is not {@link VersionTablePlacement elsewhere}. */
    private Set<String> storedHeads(Connection connection) throws SQLException {
        if (connection.getAutoCommit()) {
            // one statement when the table exists (a fleet's up-to-date check reads a thousand of them); a failed
            // statement in auto-commit leaves no transaction behind to abort
            Optional<Set<String>> rows = settings.versionTable().readIfExists(connection);
            if (rows.isPresent()) {
                return rows.get();
            }
            VersionTablePlacement.requireNoneElsewhere(connection, settings.versionTable());
            return Set.of();
        }
        return versionTableExists(connection) ? settings.versionTable().readExisting(connection) : Set.of();
    }

    /** Whether the version table exists; when it does not, {@link VersionTablePlacement#requireNoneElsewhere}. */
    private boolean versionTableExists(Connection connection) throws SQLException {
        if (settings.versionTable().exists(connection)) {
            return true;
        }
        VersionTablePlacement.requireNoneElsewhere(connection, settings.versionTable());
        return false;
    }

    private Set<String> known(Set<String> heads) {
        for (String id : heads) {
            if (graph().find(id).isEmpty()) {
                throw new MigrationException("Version table " + settings.versionTable().name() + " holds revision "
                        + id + ", which is not among the scripts in " + locationsDescription);
            }
        }
        return consistent(heads);
    }

    /**
     * Refuses, as Alembic does, a version table with a row for a revision below another row's revision on the same
     * branch: one of the two rows is wrong, and only a person can tell which ({@code stamp} corrects it). Any
     * command that wrote the table next would silently drop the lower row.
     */
    private Set<String> consistent(Set<String> heads) {
        Set<String> below = new TreeSet<>(heads);
        // over down edges only: a row for a revision another row depends on (as earlier builds wrote them) is
        // redundant, not wrong; the next write leaves it out
        graph().currentRevisions(heads).forEach(revision -> below.remove(revision.id()));
        for (String lower : below) {
            String upper = heads.stream()
                    .filter(id -> !id.equals(lower) && graph().appliedSet(Set.of(id)).contains(lower))
                    .findFirst().orElseThrow();
            throw new MigrationException("Version table " + settings.versionTable().name() + " holds "
                    + String.join(", ", new TreeSet<>(heads)) + ", but " + lower + " is an ancestor of " + upper
                    + " and a branch keeps one row; run 'stamp " + upper + "' if " + upper + " is applied, or 'stamp "
                    + lower + "' if it is not");
        }
        return heads;
    }

    /**
     * The check a service makes on every boot, without the lock and in auto-commit, in at most three read-only
     * statements: whether the two tables exist (with the history table's {@link UpToDateMark}), the heads (with
     * the history's last id), the applied checksums. When the mark still holds for these scripts, the answer is
     * final after two statements, without parsing a script. Otherwise, when the plan from the heads is empty (and
     * the checksums hold) the answer is final too: what was read is committed, and a migrator still at work has
     * not committed its last head yet, so its work shows up as a non-empty plan. Otherwise {@code null}: the
     * caller takes the lock and reads again.
     */
    private MigrationResult withoutWork(Connection connection, String target,
                                        Function<Set<String>, List<Step>> planner) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try {
            CatalogQueries.Probe probe = CatalogQueries.probe(connection,
                    settings.versionTable().name(), settings.historyTable().name());
            Set<String> heads;
            if (probe.versionTableExists() && probe.historyTableExists()) {
                UpToDateMark.CurrentState state = UpToDateMark.readCurrentState(connection,
                        settings.versionTable(), settings.historyTable());
                UpToDateMark mark = UpToDateMark.parse(probe.historyComment());
                if (fingerprint != null && mark != null && mark.holds(fingerprint, target, state)) {
                    return new MigrationResult(state.versionRows(), state.versionRows(), List.of());
                }
                heads = known(state.versionRows());
            } else if (probe.versionTableExists()) {
                heads = known(settings.versionTable().readExisting(connection));
            } else {
                heads = Set.of();
            }
            if (!planner.apply(heads).isEmpty()) {
                // the caller reads again under the lock, where a missing version table's placement is checked
                return null;
            }
            if (!probe.versionTableExists()) {
                VersionTablePlacement.requireNoneElsewhere(connection, settings.versionTable());
            }
            if (settings.validateChecksums() && probe.historyTableExists()) {
                validateChecksums(settings.historyTable().readAppliedChecksums(connection), heads);
            }
            return new MigrationResult(heads, heads, List.of());
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private RevisionGraph graph() {
        return catalog.get().graph();
    }

    private Set<String> graphHeads() {
        Set<String> heads = new LinkedHashSet<>();
        graph().heads().forEach(revision -> heads.add(revision.id()));
        return heads;
    }

    private void validateChecksums(Map<String, String> appliedChecksums, Set<String> heads) {
        List<ChecksumDrift> drifted = ChecksumDrift.find(catalog.get().scripts(), graph().appliedSet(heads),
                appliedChecksums);
        if (!drifted.isEmpty()) {
            throw new MigrationException(drifted.get(0).describe() + "; restore it, or turn checksum validation off");
        }
    }

    /**
     * Runs {@code work} on a connection that holds the advisory lock, with auto-commit off and {@code lock_timeout}
     * set to the {@link StatementLockPolicy}'s timeout; whatever {@code work} did not commit is rolled back, and the
     * lock and the session's settings as the connection came ({@link SessionSettings}) are given back afterwards.
     * A version table that does not exist is checked first ({@link VersionTablePlacement#requireNoneElsewhere}).
     */
    public <T> T withLock(SqlWork<T> work) {
        return locked((connection, lock, tables) -> {
            versionTableExists(connection);
            return work.apply(connection);
        });
    }

    private <T> T locked(LockedWork<T> work) {
        return withConnection(connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            // the connection goes back to its pool as it came: without the runtime's settings, nor the revisions'
            SessionSettings given = SessionSettings.read(connection);
            AdvisoryLock lock = null;
            try {
                detectDeadClient(connection);
                OwnTables.Resolved tables = settings.ownTables().resolve(connection);
                lock = acquireLock(connection, tables);
                StatementLockPolicy.swapLockTimeout(connection, settings.statementLocks().setting());
                connection.setAutoCommit(false);
                return work.apply(connection, lock, tables);
            } finally {
                try {
                    connection.rollback();
                    connection.setAutoCommit(true);
                    if (lock != null) {
                        lock.release(connection);
                    }
                    given.restore(connection);
                    connection.setAutoCommit(autoCommit);
                } catch (SQLException | StatementFailure e) {
                    // the connection is gone: the session-level lock went with it
                }
            }
        });
    }

    /**
     * Takes the advisory lock of the version table; its key is the table's name, or schema and name, as the settings'
     * {@link AdvisoryLock.Key} says (see {@link AdvisoryLock}), and its
     * message names the table as the catalog resolves it now ({@code tables}, resolved on this connection).
     */
    private AdvisoryLock acquireLock(Connection connection, OwnTables.Resolved tables) throws SQLException {
        AdvisoryLock lock = new AdvisoryLock(tables.versionTable(), settings.lockTimeout(), settings.lockKey());
        lock.acquire(connection);
        return lock;
    }

    /**
     * Asks the server (PostgreSQL 14 and later) to check every second, even in the middle of a long statement,
     * that this client is still there, so that a migrator killed with {@code kill -9} in a long revision loses its
     * transaction and its advisory lock within a second, instead of only when the statement ends.
     */
    private static void detectDeadClient(Connection connection) throws SQLException {
        if (connection.getMetaData().getDatabaseMajorVersion() >= 14) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET client_connection_check_interval = 1000");
            }
        }
    }

    private <T> T withConnection(SqlWork<T> work) {
        if (dataSource == null) {
            throw new MigrationException("No database configured: set a DataSource or a JDBC URL");
        }
        try (Connection connection = dataSource.getConnection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new MigrationException(ConnectionErrors.describe(e), e);
        }
    }

    /** Work on a connection that holds {@code lock}, with the own tables as resolved on that connection. */
    @FunctionalInterface
    private interface LockedWork<T> {

        T apply(Connection connection, AdvisoryLock lock, OwnTables.Resolved tables) throws SQLException;
    }

    /** Work on a connection that may throw {@link SQLException}. */
    @FunctionalInterface
    public interface SqlWork<T> {

        /** Does the work. */
        T apply(Connection connection) throws SQLException;
    }
}

package org.opsdb.migrations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import org.opsdb.migrations.autogenerate.Autogenerator;
import org.opsdb.migrations.autogenerate.ModelCheckResult;
import org.opsdb.migrations.autogenerate.DatabaseDiff;
import org.opsdb.migrations.autogenerate.ModelSource;
import org.opsdb.migrations.autogenerate.OperationLint;
import org.opsdb.migrations.autogenerate.RevisionRequest;
import org.opsdb.migrations.autogenerate.RevisionResult;
import org.opsdb.migrations.autogenerate.RevisionWriter;
import org.opsdb.migrations.autogenerate.ModelSchemaCreator;
import org.opsdb.migrations.diff.DiffResult;
import org.opsdb.migrations.diff.NamingConvention;
import org.opsdb.migrations.diff.RenameHints;
import org.opsdb.migrations.lint.LintOptions;
import org.opsdb.migrations.lint.LintReport;
import org.opsdb.migrations.lint.RevisionLinter;
import org.opsdb.migrations.reflect.ReflectionScope;
import org.opsdb.migrations.render.ScriptBody;
import org.opsdb.migrations.render.ScriptHeader;
import org.opsdb.migrations.revision.Revision;
import org.opsdb.migrations.revision.RevisionException;
import org.opsdb.migrations.revision.RevisionGraph;
import org.opsdb.migrations.revision.Step;
import org.opsdb.migrations.runtime.AdvisoryLock;
import org.opsdb.migrations.runtime.ConnectionErrors;
import org.opsdb.migrations.runtime.HistoryRecord;
import org.opsdb.migrations.runtime.MigrationListener;
import org.opsdb.migrations.runtime.MigrationException;
import org.opsdb.migrations.runtime.MigrationResult;
import org.opsdb.migrations.runtime.MigrationRuntime;
import org.opsdb.migrations.runtime.OwnTables;
import org.opsdb.migrations.runtime.RuntimeSettings;
import org.opsdb.migrations.script.ClasspathScanner;
import org.opsdb.migrations.script.MigrationScript;
import org.opsdb.migrations.script.ScriptCatalog;
import org.opsdb.migrations.script.ScriptLoader;
import org.opsdb.migrations.script.ScriptPreload;

/**
 * The entry point of the engine, used by the starter, the console and the test kit: one method per command,
 * each returning a result object; every writing command also has an offline form that returns its SQL.
 * Revision identifiers follow Alembic: {@code head}, {@code heads}, {@code base}, {@code current}, an id or
 * unique prefix, a branch label, {@code label@head}, {@code +N}, {@code -N}, {@code REV+N}.
 */
public final class Migrations {

    private final MigrationsSettings configured;
    private final DataSource dataSource;
    private final ClassLoader classLoader;
    private final ClasspathScanner scanner;
    private final List<MigrationListener> listeners;
    private final List<MigrationScript> extraScripts;
    private final Supplier<ScriptCatalog> catalog;
    private final MigrationRuntime runtime;
    private final RuntimeSettings settings;
    private final ReadScripts read;

    Migrations(MigrationsSettings configured, DataSource dataSource, ClassLoader classLoader,
               ClasspathScanner scanner, List<MigrationListener> listeners, List<MigrationScript> extraScripts,
               ScriptPreload preload) {
        this(configured, dataSource, classLoader, scanner, listeners, extraScripts,
                ReadScripts.read(configured, classLoader, scanner, extraScripts, preload), AdvisoryLock.Key.TABLE_NAME);
    }

    private Migrations(MigrationsSettings configured, DataSource dataSource, ClassLoader classLoader,
                       ClasspathScanner scanner, List<MigrationListener> listeners,
                       List<MigrationScript> extraScripts, ReadScripts read, AdvisoryLock.Key lockKey) {
        this.configured = configured;
        this.dataSource = dataSource;
        this.classLoader = classLoader;
        this.scanner = scanner;
        this.listeners = List.copyOf(listeners);
        this.extraScripts = List.copyOf(extraScripts);
        this.read = read;
        this.catalog = read.catalog();
        this.settings = new RuntimeSettings(configured.resolvedVersionTable(), configured.resolvedHistoryTable(),
                configured.transactionMode(), configured.lockTimeout(), configured.statementLockPolicy(),
                configured.validateChecksums(), this.listeners, lockKey);
        this.runtime = new MigrationRuntime(settings, catalog, read.fingerprint(), dataSource,
                String.join(", ", configured.locations()));
    }

    /**
     * The scripts as read once, and their fingerprint.
     *
     * @param catalog     the scripts and their graph (parsed when first needed after a preload)
     * @param fingerprint the scripts' {@link org.opsdb.migrations.script.ScriptSetFingerprint}, or {@code null}
     */
    private record ReadScripts(Supplier<ScriptCatalog> catalog, String fingerprint) {

        /** Reads the locations' scripts (or takes a matching {@code preload}), with the extra scripts. */
        static ReadScripts read(MigrationsSettings configured, ClassLoader classLoader, ClasspathScanner scanner,
                                List<MigrationScript> extraScripts, ScriptPreload preload) {
            boolean preloaded = preload != null && preload.matches(scanner, configured.locations(), classLoader);
            boolean onlyLocations = extraScripts.isEmpty();
            if (preloaded) {
                String fingerprint = onlyLocations ? preload.fingerprint().orElse(null) : null;
                // with a fingerprint, parsed when first needed, if ever
                return new ReadScripts(fingerprint != null ? memoized(preload::catalog)
                        : built(preload.scripts(), extraScripts), fingerprint);
            }
            ScriptLoader.Found found = new ScriptLoader(scanner).find(configured.locations(), classLoader);
            return new ReadScripts(built(found.scripts(), extraScripts),
                    onlyLocations ? found.fingerprint().orElse(null) : null);
        }
    }

    /**
     * The same scripts as this instance, not read again, and the same listeners, with {@code settings} on
     * {@code dataSource}, its advisory lock keyed as {@code lockKey} says: a fleet runs each of its targets so, e.g.
     * with {@code settings().with(draft -> draft.tableSchema = tenant)} and {@link AdvisoryLock.Key#SCHEMA_AND_NAME}.
     *
     * @throws IllegalArgumentException when {@code settings} name other locations than this instance's
     */
    public Migrations forTarget(MigrationsSettings settings, DataSource dataSource, AdvisoryLock.Key lockKey) {
        if (!settings.locations().equals(configured.locations())) {
            throw new IllegalArgumentException("A target's settings name locations " + settings.locations()
                    + ", not the fleet's " + configured.locations() + "; every target runs the same scripts");
        }
        return new Migrations(settings, Objects.requireNonNull(dataSource, "dataSource"), classLoader, scanner,
                listeners, extraScripts, read, Objects.requireNonNull(lockKey, "lockKey"));
    }

    /** The catalog of the scripts read from the locations and the configuration's extra scripts, built now. */
    private static Supplier<ScriptCatalog> built(List<MigrationScript> read, List<MigrationScript> extraScripts) {
        List<MigrationScript> scripts = new ArrayList<>(read);
        scripts.addAll(extraScripts);
        ScriptCatalog catalog = ScriptCatalog.of(scripts);
        return () -> catalog;
    }

    /** A supplier that asks {@code supplier} on first use and keeps its answer (asking again after a failure). */
    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    /**
     * The same configuration with the scripts read again, so that revisions written since this instance was
     * loaded are seen (the console reloads before each command).
     */
    public Migrations reload() {
        return new Migrations(configured, dataSource, classLoader, scanner, listeners, extraScripts, null);
    }

    /**
     * Same as {@link #reload()}, and the runs of the new instance also tell {@code listener} about each step
     * (after the configured listeners), e.g. the console printing each revision as it runs.
     */
    public Migrations reload(MigrationListener listener) {
        List<MigrationListener> told = new ArrayList<>(listeners);
        told.add(Objects.requireNonNull(listener, "listener"));
        return new Migrations(configured, dataSource, classLoader, scanner, told, extraScripts, null);
    }

    /**
     * The same scripts and settings run against {@code dataSource} instead, its runs also telling {@code listener}
     * about each step (after the configured listeners): the lock tracer runs the revisions so on a database of its
     * own.
     */
    public Migrations on(DataSource dataSource, MigrationListener listener) {
        List<MigrationListener> told = new ArrayList<>(listeners);
        told.add(Objects.requireNonNull(listener, "listener"));
        return new Migrations(configured, Objects.requireNonNull(dataSource, "dataSource"), classLoader, scanner, told,
                extraScripts, null);
    }

    /** Starts a fluent configuration. */
    public static MigrationsConfiguration configure() {
        return new MigrationsConfiguration();
    }

    /** The revision graph of the loaded scripts. */
    public RevisionGraph graph() {
        return catalog.get().graph();
    }

    /** The loaded scripts. */
    public List<MigrationScript> scripts() {
        return catalog.get().scripts();
    }

    /** The database this instance migrates, if one was configured. */
    public Optional<DataSource> dataSource() {
        return Optional.ofNullable(dataSource);
    }

    /** The settings this instance was configured with. */
    public MigrationsSettings settings() {
        return configured;
    }

    /** The locations the scripts were loaded from. */
    public List<String> locations() {
        return configured.locations();
    }

    /**
     * Applies every revision needed to reach {@code target} (e.g. {@code head}, {@code heads}, {@code +1}); the
     * revisions to apply are linted first, as the {@link MigrationsSettings#lint() lint} setting says.
     */
    public MigrationResult upgrade(String target) {
        return runtime.run(target, heads -> graph().upgradePlan(heads, target),
                UpgradeLint.of(configured, catalog));
    }

    /** Reverts revisions down to {@code target} (e.g. {@code -1}, {@code base}, a revision id). */
    public MigrationResult downgrade(String target) {
        return runtime.run(target, heads -> graph().downgradePlan(heads, target));
    }

    /**
     * Sets the version table to {@code target} without running scripts: revisions at and below the target
     * count as applied, revisions above it on its branch as not applied; unrelated branches keep their heads.
     * {@code base} empties the table.
     */
    public MigrationResult stamp(String target) {
        return runtime.stamp(heads -> stampedHeads(heads, target));
    }

    /**
     * The SQL an upgrade would run, version-table statements included, without changing the database.
     * {@code range} is {@code TARGET} (starting from the database's current heads, or from base without a
     * database) or {@code FROM:TARGET}.
     */
    public String upgradeSql(String range) {
        Set<String> from = offlineStart(range);
        String target = offlineTarget(range);
        List<Step> plan = graph().upgradePlan(from, target);
        if (plan.isEmpty() && graph().isBelow(from, target)) {
            // FROM:TO backwards would print an empty script and look like success
            throw new MigrationException("Can't upgrade to " + target + ": it is below "
                    + (from.isEmpty() ? "base" : String.join(", ", from)) + ", the start of the range; use 'downgrade "
                    + range + " --sql'");
        }
        return runtime.render(from, plan);
    }

    /** The SQL a downgrade would run; {@code range} as for {@link #upgradeSql(String)}. */
    public String downgradeSql(String range) {
        Set<String> from = offlineStart(range);
        return runtime.render(from, graph().downgradePlan(from, offlineTarget(range)));
    }

    /** The SQL a stamp would run; {@code range} as for {@link #upgradeSql(String)}. */
    public String stampSql(String range) {
        Set<String> from = offlineStart(range);
        return runtime.renderStamp(from, stampedHeads(from, offlineTarget(range)));
    }

    /**
     * Lints the revisions an upgrade from {@code from} ({@code null} or {@code base}: from the start;
     * {@code current}: the database's heads) to
     * {@code to} would apply, in plan order, for lock hazards (see docs/zero-downtime.md). With a database the
     * server version and catalog are read from it unless {@code options} give a version.
     */
    public LintReport lint(String from, String to, LintOptions options) {
        Set<String> start = from == null ? Set.of() : from.equals("current") ? runtime.readHeads()
                : offlineStart(from + ":" + to);
        return lint(graph().upgradePlan(start, to), options);
    }

    /** Lints the revisions pending on the connected database ({@link #pending()}). */
    public LintReport lintPending(LintOptions options) {
        requireDataSource();
        return lint(graph().upgradePlan(runtime.readHeads(), "heads"), options);
    }

    private LintReport lint(List<Step> plan, LintOptions options) {
        List<MigrationScript> scripts = plan.stream().map(step -> catalog.get().get(step.revision().id())).toList();
        return new RevisionLinter(options, dataSource, configured.transactionMode()).lint(scripts);
    }

    /**
     * Where the database stands on each branch, as {@code alembic current} shows it: the revisions in the version
     * table and the positions their {@code depends_on} implies on other branches (a revision depended on has no row
     * of its own); see {@link RevisionGraph#currentRevisions(Set)}.
     */
    public List<Revision> current() {
        return graph().currentRevisions(runtime.readHeads());
    }

    /** The heads of the revision graph. */
    public List<Revision> heads() {
        return graph().heads();
    }

    /** Revisions that {@code upgrade heads} would apply, in order. */
    public List<Revision> pending() {
        return graph().upgradePlan(runtime.readHeads(), "heads").stream().map(Step::revision).toList();
    }

    /**
     * Revisions in {@code range} ({@code FROM:TO}, either side optional; {@code null} for all), newest first,
     * as {@code alembic history} lists them. The database is read only when the range mentions {@code current}
     * or a relative step.
     */
    public List<Revision> history(String range) {
        boolean needsDatabase = range != null && (range.contains("current") || range.matches(".*[+-]\\d+.*"));
        return graph().history(range, needsDatabase ? runtime.readHeads() : Set.of());
    }

    /** The revision(s) an identifier names. */
    public List<Revision> show(String identifier) {
        boolean needsDatabase = identifier.contains("current") || identifier.matches(".*[+-]\\d+.*");
        Set<Revision> revisions = graph().resolve(identifier, needsDatabase ? runtime.readHeads() : Set.of());
        if (revisions.isEmpty()) {
            throw new RevisionException("'" + identifier + "' names no revision");
        }
        return List.copyOf(revisions);
    }

    /** The rows of the history table: every step taken on this database, oldest first. */
    public List<HistoryRecord> appliedHistory() {
        return runtime.readHistory();
    }

    /**
     * Writes a new revision script into {@code request.directory()}: a new random id, {@code down_revision} =
     * the resolved head (or the merged revisions). With {@code autogenerate}, the body is the difference between
     * the database (which must be at the heads) and the model, the downgrade its reverse, and the warnings are
     * written into the script and returned, each lint finding of the upgrade too (a comment {@code lint: [rule-id]
     * ...} above the operation that causes it, linted on this database).
     */
    public RevisionResult revision(RevisionRequest request) {
        List<String> down = request.mergeOf().isEmpty() ? parentOf(request.head()) : mergedRevisions(request.mergeOf());
        ScriptHeader header = new ScriptHeader(DatabaseDiff.newRevisionId(), down, request.message(), Instant.now(),
                request.branchLabel() == null ? List.of() : List.of(request.branchLabel()), request.dependsOn());
        ScriptBody body = ScriptBody.EMPTY;
        if (request.autogenerate() != null) {
            requireAtHeads();
            requireNoUnreadRevisions(request.directory());
            DiffResult diff = compare(request.autogenerate(), request.naming(), request.renameHints(),
                    request.safeForms() == null ? configured.autogenerateSafeForms() : request.safeForms());
            body = lintNotes(header, new ScriptBody(diff.upgrade(), diff.downgrade(), diff.warnings()));
        }
        Path path = RevisionWriter.write(request, header, body);
        List<String> warnings = new ArrayList<>(body.warnings());
        for (int i = 0; i < body.upgrade().size(); i++) {
            warnings.addAll(body.lintComments(i));
        }
        return new RevisionResult(path, header.revision(), warnings);
    }

    /** The body with the lint findings of its upgrade, on the database it was compared with. */
    private ScriptBody lintNotes(ScriptHeader header, ScriptBody body) {
        try (Connection connection = requireDataSource().getConnection()) {
            return OperationLint.annotate(header, body, connection);
        } catch (SQLException e) {
            throw new MigrationException("Cannot lint the autogenerated revision: " + ConnectionErrors.reason(e), e);
        }
    }

    /** Compares the database (which must be at the heads) with the model: what autogenerate would write. */
    public ModelCheckResult check(ModelSource model) {
        return check(model, ReflectionScope.DEFAULT_SCHEMA);
    }

    /**
     * Compares the database (which must be at the heads) with the model as {@link #check(ModelSource)} does, with
     * the model's unqualified tables in {@code schema} instead of {@code public}: a fleet's schema target.
     */
    public ModelCheckResult check(ModelSource model, String schema) {
        requireAtHeads();
        Autogenerator autogenerator = new Autogenerator(settings.ownTables(), NamingConvention.POSTGRESQL,
                RenameHints.none(), configured.autogenerateSafeForms()).defaultSchema(schema);
        DiffResult diff = compare(autogenerator, model);
        return new ModelCheckResult(diff.upgrade(), diff.differences(), diff.warnings());
    }

    /**
     * Creates the whole schema from the model (enum types included) in one transaction under the advisory lock
     * and stamps the heads. Refuses when the database already has user tables, unless {@code drop}, which first
     * drops the user schemas' objects.
     */
    public MigrationResult init(ModelSource model, boolean drop) {
        Set<String> heads = graph().heads().stream().map(Revision::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        requireDataSource();
        ModelSchemaCreator initializer = new ModelSchemaCreator(settings.ownTables(), NamingConvention.POSTGRESQL);
        return runtime.withLock(connection -> initializer.init(connection, model.load(), heads, drop));
    }

    /**
     * A SQL migration (the format of docs/sql-format.md) whose upgrade turns database {@code from} into {@code to} and whose
     * downgrade turns it back; {@code schemas} narrows the comparison (empty: every user schema). The default
     * version and history tables are left out, where each database's own connection finds them
     * ({@link OwnTables#resolve}). Changes to tables that exist take their safe forms (see
     * {@link MigrationsSettings#autogenerateSafeForms()}).
     */
    public static String diff(DataSource from, DataSource to, List<String> schemas) {
        return diff(from, to, schemas, MigrationsSettings.DEFAULTS.ownTables());
    }

    /** Same as {@link #diff(DataSource, DataSource, List)}, leaving out {@code ownTables} (e.g. renamed ones). */
    public static String diff(DataSource from, DataSource to, List<String> schemas, OwnTables ownTables) {
        return diff(from, to, schemas, ownTables, MigrationsSettings.DEFAULTS.autogenerateSafeForms());
    }

    /** Same as {@link #diff(DataSource, DataSource, List, OwnTables)}; {@code safeForms} false writes plain forms. */
    public static String diff(DataSource from, DataSource to, List<String> schemas, OwnTables ownTables,
                              boolean safeForms) {
        return DatabaseDiff.sql(from, to, schemas == null ? List.of() : schemas, ownTables, safeForms);
    }

    /** The version and history tables this instance migrates with, to {@linkplain OwnTables#resolve resolve}. */
    public OwnTables ownTables() {
        return settings.ownTables();
    }

    private DiffResult compare(ModelSource model, NamingConvention naming, RenameHints hints, boolean safeForms) {
        return compare(new Autogenerator(settings.ownTables(), naming, hints, safeForms), model);
    }

    private DiffResult compare(Autogenerator autogenerator, ModelSource model) {
        try (Connection connection = requireDataSource().getConnection()) {
            return autogenerator.compare(connection, model.load());
        } catch (SQLException e) {
            throw new MigrationException("Cannot compare the database with the model: " + ConnectionErrors.reason(e),
                    e);
        }
    }

    /**
     * The parents of a merge revision: what the identifiers name, which must be two or more revisions none of which
     * is an ancestor of another (a merge of one revision would be an ordinary revision, and a merge of a revision
     * with its own ancestor joins nothing).
     */
    private List<String> mergedRevisions(List<String> identifiers) {
        List<String> ids = identifiers.stream().flatMap(id -> show(id).stream()).map(Revision::id).distinct().toList();
        String named = identifiers.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", "));
        if (ids.size() < 2) {
            throw new RevisionException("Nothing to merge: " + named + " name" + (identifiers.size() == 1 ? "s" : "")
                    + " one revision (" + ids.get(0) + "); a merge needs two or more revisions on different branches");
        }
        for (String id : ids) {
            for (String other : ids) {
                if (!id.equals(other) && graph().appliedSet(Set.of(other)).contains(id)) {
                    throw new RevisionException("Can't merge " + id + " with " + other + ": " + other
                            + " already descends from " + id + "; a merge joins revisions on different branches");
                }
            }
        }
        return ids;
    }

    private List<String> parentOf(String head) {
        if (graph().heads().isEmpty()) {
            return List.of();
        }
        Collection<Revision> resolved = graph().resolve(head, Set.of());
        if (resolved.size() != 1) {
            throw new RevisionException("'" + head + "' names " + resolved.size() + " revisions ("
                    + resolved.stream().map(Revision::id).collect(Collectors.joining(", "))
                    + "); choose one head (e.g. a branch label@head), or write a merge revision");
        }
        return List.of(resolved.iterator().next().id());
    }

    /**
     * Refuses, as Alembic's autogenerate does ({@code Target database is not up to date.}), a database whose
     * version table is not at the heads ({@code heads}: what nothing follows, depends-on included): an empty
     * database with revisions, one at one of several heads, one with a revision written but not applied. The
     * message names where the database stands and the revisions not applied, with their files.
     */
    private void requireAtHeads() {
        Set<String> rows = runtime.readHeads();
        List<Revision> missing = graph().upgradePlan(rows, "heads").stream().map(Step::revision).toList();
        if (!missing.isEmpty()) {
            throw new MigrationException(notUpToDate(graph().currentRevisions(rows), missing,
                    "; run 'upgrade heads' first"));
        }
    }

    /**
     * Refuses autogenerate when the directory the new revision goes to holds revisions the loaded scripts lack (a
     * service reads its scripts from the classpath, and a revision written into its source tree is not there until
     * the next build): they are not applied, and the new revision would be a second head beside them.
     */
    private void requireNoUnreadRevisions(Path directory) {
        if (directory == null || !Files.isDirectory(directory)) {
            return;
        }
        List<Revision> unread = new ScriptLoader(scanner).find(List.of(directory.toString()), classLoader).scripts()
                .stream().map(MigrationScript::revision).filter(r -> graph().find(r.id()).isEmpty()).toList();
        if (!unread.isEmpty()) {
            throw new MigrationException(notUpToDate(current(), unread, ", not among the scripts read from "
                    + String.join(", ", configured.locations()) + " (build them in, then run 'upgrade heads')"));
        }
    }

    /**
     * The refusal's one line: where the database stands, the revisions not applied (five, then a count) and what to
     * do ({@code advice}, which follows the list).
     */
    private static String notUpToDate(List<Revision> current, List<Revision> missing, String advice) {
        int shown = Math.min(missing.size(), 5);
        String named = missing.subList(0, shown).stream().map(r -> r.id() + " (" + r.source() + ")")
                .collect(Collectors.joining(", "));
        return "Target database is not up to date: it is at "
                + (current.isEmpty() ? "base" : current.stream().map(Revision::id).collect(Collectors.joining(", ")))
                + "; not applied: " + named + (missing.size() > shown ? " and " + (missing.size() - shown) + " more"
                : "") + advice;
    }

    private DataSource requireDataSource() {
        if (dataSource == null) {
            throw new MigrationException("No database configured: set a DataSource or a JDBC URL");
        }
        return dataSource;
    }

    private Set<String> stampedHeads(Set<String> heads, String target) {
        Set<String> known = heads.stream().filter(id -> graph().find(id).isPresent())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> applied = new LinkedHashSet<>(graph().appliedSet(known));
        Collection<Revision> targets = graph().resolve(target, known);
        for (Revision t : targets) {
            applied.removeIf(id -> !id.equals(t.id()) && graph().appliedSet(Set.of(id)).contains(t.id()));
            applied.addAll(graph().appliedSet(Set.of(t.id())));
        }
        if (targets.isEmpty()) {
            applied.clear();
        }
        return graph().versionHeads(applied);
    }

    private Set<String> offlineStart(String range) {
        int colon = range.indexOf(':');
        if (colon >= 0) {
            String from = range.substring(0, colon);
            return from.isBlank() || from.equals("base") ? Set.of()
                    : graph().resolve(from, Set.of()).stream().map(Revision::id)
                            .collect(Collectors.toCollection(LinkedHashSet::new));
        }
        return runtime.hasDatabase() ? runtime.readHeads() : Set.of();
    }

    private static String offlineTarget(String range) {
        int colon = range.indexOf(':');
        String target = colon >= 0 ? range.substring(colon + 1) : range;
        if (target.isBlank()) {
            throw new MigrationException("No target revision in '" + range + "'");
        }
        return target;
    }
}

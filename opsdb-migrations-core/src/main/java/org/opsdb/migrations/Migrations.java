package org.opsdb.migrations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.opsdb.migrations.revision.Revision;
import org.opsdb.migrations.revision.RevisionException;
import org.opsdb.migrations.revision.RevisionGraph;
import org.opsdb.migrations.revision.Step;
import org.opsdb.migrations.runtime.HistoryRecord;
import org.opsdb.migrations.runtime.HistoryTable;
import org.opsdb.migrations.runtime.MigrationException;
import org.opsdb.migrations.runtime.MigrationResult;
import org.opsdb.migrations.runtime.MigrationRuntime;
import org.opsdb.migrations.runtime.RuntimeSettings;
import org.opsdb.migrations.runtime.TableName;
import org.opsdb.migrations.runtime.VersionTable;
import org.opsdb.migrations.script.MigrationScript;
import org.opsdb.migrations.script.ScriptLoader;

/**
 * The entry point of the engine, used by the starter, the console and the test kit: one method per command,
 * each returning a result object; every writing command also has an offline form that returns its SQL.
 * Revision identifiers follow Alembic: {@code head}, {@code heads}, {@code base}, {@code current}, an id or
 * unique prefix, a branch label, {@code label@head}, {@code +N}, {@code -N}, {@code REV+N}.
 */
public final class Migrations {

    private final MigrationsConfiguration configuration;
    private final List<MigrationScript> scripts;
    private final RevisionGraph graph;
    private final MigrationRuntime runtime;

    Migrations(MigrationsConfiguration configuration) {
        this.configuration = configuration;
        List<MigrationScript> loaded = new ArrayList<>(
                new ScriptLoader(configuration.scanner).load(configuration.locations, configuration.classLoader));
        loaded.addAll(configuration.extraScripts);
        this.scripts = List.copyOf(loaded);
        this.graph = RevisionGraph.of(scripts.stream().map(MigrationScript::revision).toList());
        Map<String, MigrationScript> byId = new LinkedHashMap<>();
        scripts.forEach(s -> byId.put(s.revision().id(), s));
        RuntimeSettings settings = new RuntimeSettings(
                new VersionTable(new TableName(configuration.tableSchema, configuration.versionTable)),
                new HistoryTable(new TableName(configuration.tableSchema, configuration.historyTable)),
                configuration.transactionMode, configuration.lockTimeout, configuration.validateChecksums,
                configuration.listeners);
        this.runtime = new MigrationRuntime(settings, graph, byId, configuration.dataSource,
                String.join(", ", configuration.locations));
    }

    /** Starts a fluent configuration. */
    public static MigrationsConfiguration configure() {
        return new MigrationsConfiguration();
    }

    /** The revision graph of the loaded scripts. */
    public RevisionGraph graph() {
        return graph;
    }

    /** The loaded scripts. */
    public List<MigrationScript> scripts() {
        return scripts;
    }

    /** The database this instance migrates, if one was configured. */
    public Optional<DataSource> dataSource() {
        return Optional.ofNullable(configuration.dataSource);
    }

    /** The locations the scripts were loaded from. */
    public List<String> locations() {
        return configuration.locations;
    }

    /** Applies every revision needed to reach {@code target} (e.g. {@code head}, {@code heads}, {@code +1}). */
    public MigrationResult upgrade(String target) {
        return runtime.run(heads -> graph.upgradePlan(heads, target));
    }

    /** Reverts revisions down to {@code target} (e.g. {@code -1}, {@code base}, a revision id). */
    public MigrationResult downgrade(String target) {
        return runtime.run(heads -> graph.downgradePlan(heads, target));
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
        return runtime.render(from, graph.upgradePlan(from, offlineTarget(range)));
    }

    /** The SQL a downgrade would run; {@code range} as for {@link #upgradeSql(String)}. */
    public String downgradeSql(String range) {
        Set<String> from = offlineStart(range);
        return runtime.render(from, graph.downgradePlan(from, offlineTarget(range)));
    }

    /** The SQL a stamp would run; {@code range} as for {@link #upgradeSql(String)}. */
    public String stampSql(String range) {
        Set<String> from = offlineStart(range);
        return runtime.renderStamp(from, stampedHeads(from, offlineTarget(range)));
    }

    /** The revisions stored in the version table (the database's current heads). */
    public List<Revision> current() {
        return runtime.readHeads().stream().map(graph::get).toList();
    }

    /** The heads of the revision graph. */
    public List<Revision> heads() {
        return graph.heads();
    }

    /** Revisions that {@code upgrade heads} would apply, in order. */
    public List<Revision> pending() {
        return graph.upgradePlan(runtime.readHeads(), "heads").stream().map(Step::revision).toList();
    }

    /**
     * Revisions in {@code range} ({@code FROM:TO}, either side optional; {@code null} for all), newest first,
     * as {@code alembic history} lists them. The database is read only when the range mentions {@code current}
     * or a relative step.
     */
    public List<Revision> history(String range) {
        boolean needsDatabase = range != null && (range.contains("current") || range.matches(".*[+-]\\d+.*"));
        return graph.history(range, needsDatabase ? runtime.readHeads() : Set.of());
    }

    /** The revision(s) an identifier names. */
    public List<Revision> show(String identifier) {
        boolean needsDatabase = identifier.contains("current") || identifier.matches(".*[+-]\\d+.*");
        Set<Revision> revisions = graph.resolve(identifier, needsDatabase ? runtime.readHeads() : Set.of());
        if (revisions.isEmpty()) {
            throw new RevisionException("'" + identifier + "' names no revision");
        }
        return List.copyOf(revisions);
    }

    /** The rows of the history table: every step taken on this database, oldest first. */
    public List<HistoryRecord> appliedHistory() {
        return runtime.readHistory();
    }

    private Set<String> stampedHeads(Set<String> heads, String target) {
        Set<String> known = heads.stream().filter(id -> graph.find(id).isPresent())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> applied = new LinkedHashSet<>(graph.appliedSet(known));
        Collection<Revision> targets = graph.resolve(target, known);
        for (Revision t : targets) {
            applied.removeIf(id -> !id.equals(t.id()) && graph.appliedSet(Set.of(id)).contains(t.id()));
            applied.addAll(graph.appliedSet(Set.of(t.id())));
        }
        if (targets.isEmpty()) {
            applied.clear();
        }
        return graph.versionHeads(applied);
    }

    private Set<String> offlineStart(String range) {
        int colon = range.indexOf(':');
        if (colon >= 0) {
            String from = range.substring(0, colon);
            return from.isBlank() || from.equals("base") ? Set.of()
                    : graph.resolve(from, Set.of()).stream().map(Revision::id)
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

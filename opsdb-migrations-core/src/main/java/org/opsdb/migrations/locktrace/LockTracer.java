package org.opsdb.migrations.locktrace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.operations.QualifiedName;
import org.opsdb.migrations.revision.Direction;
import org.opsdb.migrations.revision.Revision;
import org.opsdb.migrations.revision.Step;
import org.opsdb.migrations.runtime.OwnTables;
import org.opsdb.migrations.script.MigrationScript;

/**
 * Observed locks: applies the revisions on a real, empty PostgreSQL database, from base to the heads, one revision
 * per run of the runtime (the same execution path as {@code upgrade}: transactional sections in a transaction,
 * outside-transaction blocks in auto-commit), and for each traced revision records what each statement did to the
 * tables that existed before it: the lock it holds on each (from {@code pg_locks} of the migrator's backend), whether
 * it rewrote it ({@code relfilenode} changed), how many rows it read (the statistics), and how long each lock was held
 * (from the statement that took it to the commit). Before each traced revision, every pre-existing table gets rows
 * up to {@link #rowsPerTable} ({@link RowFiller}), so that scans and rewrites show.
 *
 * <p>For tests and CI only: it runs every revision and fills tables with generated rows, so it refuses a database
 * that is not empty. Usage: {@code LockTracer.of(migrations).trace(emptyDataSource).findings()}.
 */
public final class LockTracer {

    /** The rows a pre-existing table gets, at least, before a traced revision. */
    public static final int DEFAULT_ROWS = 1000;

    private static final String RELATIONS = "SELECT c.oid::bigint, n.nspname, c.relname, c.oid::regclass::text,"
            + " c.relkind IN ('r', 'p') AND NOT c.relispartition"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE c.relkind IN ('r', 'p', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
            + " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%' ORDER BY 4";
    private static final String ANY_RELATION = "SELECT c.oid::regclass::text FROM pg_class c"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p', 'm', 'v', 'f', 'S')"
            + " AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'"
            + " AND n.nspname NOT LIKE 'pg\\_temp\\_%' ORDER BY 1 LIMIT 1";

    private final Migrations migrations;
    private final int rows;

    private LockTracer(Migrations migrations, int rows) {
        this.migrations = migrations;
        this.rows = rows;
    }

    /** A tracer of {@code migrations}' scripts, with their settings (version table, transaction mode, …). */
    public static LockTracer of(Migrations migrations) {
        return new LockTracer(migrations, DEFAULT_ROWS);
    }

    /** The same tracer giving each pre-existing table at least {@code rows} rows (default {@value DEFAULT_ROWS}). */
    public LockTracer rowsPerTable(int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows per table must be 0 or more: " + rows);
        }
        return new LockTracer(migrations, rows);
    }

    /** The rows each pre-existing table gets before a traced revision. */
    public int rowsPerTable() {
        return rows;
    }

    /** Traces every revision from base to the heads on {@code emptyDatabase}. */
    public LockTrace trace(DataSource emptyDatabase) {
        return trace(emptyDatabase, revision -> true);
    }

    /**
     * Applies every revision from base to the heads on {@code emptyDatabase} and traces those of {@code revisions}
     * (ids), e.g. the revisions a production database has not applied yet; the others run untraced.
     */
    public LockTrace trace(DataSource emptyDatabase, Collection<String> revisions) {
        Set<String> ids = Set.copyOf(revisions);
        for (String id : ids) {
            if (migrations.graph().find(id).isEmpty()) {
                throw new LockTraceException("Lock trace: no revision " + id + " among the scripts in "
                        + String.join(", ", migrations.locations()));
            }
        }
        return trace(emptyDatabase, revision -> ids.contains(revision.id()));
    }

    private LockTrace trace(DataSource database, Predicate<Revision> traced) {
        try (Connection own = database.getConnection()) {
            own.setAutoCommit(true);
            requireEmpty(own);
            TraceListener listener = new TraceListener(own);
            Migrations run = migrations.on(database, listener);
            Map<String, MigrationScript> scripts = new LinkedHashMap<>();
            run.scripts().forEach(s -> scripts.put(s.revision().id(), s));
            List<RevisionTrace> traces = new ArrayList<>();
            for (Step step : run.graph().upgradePlan(Set.of(), "heads")) {
                Revision revision = step.revision();
                if (!traced.test(revision)) {
                    run.upgrade(revision.id());
                    continue;
                }
                Map<Long, Relation> tables = relations(own, run.ownTables().resolve(own));
                Map<String, String> notFilled = new RowFiller(rows).fill(own, List.copyOf(tables.values()));
                flushStatistics(own);
                ScriptPlaces places = new ScriptPlaces(scripts.get(revision.id()), Direction.UP);
                listener.expect(step, tables, places);
                run.upgrade(revision.id());
                traces.add(RevisionTrace.of(revision, rows, listener.observed(), tables, places, notFilled));
            }
            return new LockTrace(traces);
        } catch (SQLException e) {
            throw new LockTraceException("Lock trace failed: " + TracingSink.firstLine(e.getMessage()), e);
        }
    }

    /**
     * Refuses a database that holds any table, view or sequence: the tracer runs every revision from base and fills
     * tables with generated rows, so it must never run on a database in use.
     */
    private static void requireEmpty(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(ANY_RELATION); ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                throw new LockTraceException("Lock trace needs an empty database (it runs every revision from base"
                        + " and fills the tables with generated rows); database " + connection.getCatalog()
                        + " holds " + rs.getString(1) + ": give it a scratch database");
            }
        }
    }

    /** The tables and materialized views that exist now, by oid, without the version and history tables. */
    private static Map<Long, Relation> relations(Connection connection, OwnTables.Resolved own) throws SQLException {
        Map<Long, Relation> relations = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(RELATIONS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                QualifiedName name = QualifiedName.of(rs.getString(2), rs.getString(3));
                if (!own.contains(name)) {
                    relations.put(rs.getLong(1), new Relation(rs.getLong(1), name, rs.getString(4), rs.getBoolean(5)));
                }
            }
        }
        return relations;
    }

    /**
     * Makes the tracer's own backend flush its statistics now (PostgreSQL 15+), so that the counts of the rows it
     * read while filling tables do not land in the shared statistics in the middle of a traced statement.
     */
    private static void flushStatistics(Connection connection) throws SQLException {
        if (connection.getMetaData().getDatabaseMajorVersion() >= 15) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT pg_stat_force_next_flush()")) {
                ps.execute();
            }
        }
    }
}

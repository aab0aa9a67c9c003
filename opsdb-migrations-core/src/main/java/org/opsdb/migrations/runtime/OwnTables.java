package org.opsdb.migrations.runtime;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.opsdb.migrations.operations.QualifiedName;

/**
 * The tool's own tables, the version table and the history table beside it, and the one answer to "where are they"
 * on a connection ({@link #resolve}). The runtime, autogenerate, {@code check}, {@code init}, {@code diff}, the
 * status and the test kit all ask here, so that they agree on which tables are ours.
 */
public final class OwnTables {

    private final VersionTable versionTable;
    private final HistoryTable historyTable;

    /** The given tables, each named as configured (unqualified: found through the search path). */
    public OwnTables(VersionTable versionTable, HistoryTable historyTable) {
        this.versionTable = versionTable;
        this.historyTable = historyTable;
    }

    /** The version and history tables of these names, as {@code version-table} and {@code history-table} give them. */
    public static OwnTables named(TableName versionTable, TableName historyTable) {
        return new OwnTables(new VersionTable(versionTable), new HistoryTable(historyTable));
    }

    /** The version table as configured. */
    public VersionTable versionTable() {
        return versionTable;
    }

    /** The history table as configured. */
    public HistoryTable historyTable() {
        return historyTable;
    }

    /**
     * Where the two tables are, or would be created, on this connection, in one statement. The version table: in the
     * schema its setting names ({@code table-schema} or {@code SCHEMA.NAME}); else where the search path finds it;
     * else where {@code CREATE TABLE} would make it, in {@code current_schema()}. Two configurations that reach the
     * same physical table, one through the search path and one with an explicit schema, get the same answer. When
     * the search path names no existing schema, the unqualified name is kept (creating the table would fail then
     * anyway). The history table: in the schema its setting names, else beside the version table.
     */
    public Resolved resolve(Connection connection) throws SQLException {
        TableName version = versionTable.name();
        if (!version.qualified()) {
            String sql = "SELECT coalesce((SELECT n.nspname FROM pg_class c JOIN pg_namespace n"
                    + " ON n.oid = c.relnamespace WHERE c.oid = to_regclass(" + version.regclassLiteral() + ")),"
                    + " current_schema())";
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                String schema = rs.getString(1);
                version = schema == null ? version : version.inSchema(schema);
            }
        }
        TableName history = historyTable.name();
        return new Resolved(version, history.qualified() ? history : history.inSchema(version.schema()));
    }

    /**
     * The own tables as one connection resolved them.
     *
     * @param versionTable the version table, schema-qualified unless the search path names no existing schema
     * @param historyTable the history table, likewise
     */
    public record Resolved(TableName versionTable, TableName historyTable) {

        /** Whether {@code table} (schema-qualified; an unqualified name never matches) is one of the two. */
        public boolean contains(QualifiedName table) {
            return tables().contains(table);
        }

        /**
         * The two tables as qualified names, to leave them out of reflection and snapshots; a table whose schema
         * could not be resolved is not among them (it cannot exist: the search path reaches no schema).
         */
        public Set<QualifiedName> tables() {
            return Stream.of(versionTable, historyTable).filter(TableName::qualified)
                    .map(table -> QualifiedName.of(table.schema(), table.name())).collect(Collectors.toSet());
        }

        /** The schema of the version table, or {@code null} when the search path reaches no schema. */
        public String schema() {
            return versionTable.schema();
        }
    }
}

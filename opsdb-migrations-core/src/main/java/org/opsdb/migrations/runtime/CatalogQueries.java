package org.opsdb.migrations.runtime;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Small catalog look-ups the runtime needs. */
final class CatalogQueries {

    private CatalogQueries() {
    }

    /** Whether the version and history tables exist, and the history table's comment (null when none). */
    record Probe(boolean versionTableExists, boolean historyTableExists, String historyComment) {
    }

    /** The {@link Probe} of the two tables, in one statement. */
    static Probe probe(Connection connection, TableName versionTable, TableName historyTable) throws SQLException {
        String history = "to_regclass(" + historyTable.regclassLiteral() + ")";
        String sql = "SELECT to_regclass(" + versionTable.regclassLiteral() + ") IS NOT NULL, " + history
                + " IS NOT NULL, obj_description(" + history + ", 'pg_class')";
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return new Probe(rs.getBoolean(1), rs.getBoolean(2), rs.getString(3));
        }
    }

    /**
     * The schema-qualified table a possibly unqualified name stands for: the table the search path finds when it
     * exists, else the one {@code CREATE TABLE} would make, in {@code current_schema()}. Two configurations that
     * reach the same physical table, one through the search path and one with an explicit schema, get the same
     * answer. A name whose schema is given is returned as it is; so is an unqualified one when the search path
     * names no existing schema (creating the table would fail then anyway).
     */
    static TableName resolve(Connection connection, TableName table) throws SQLException {
        if (table.schema() != null && !table.schema().isBlank()) {
            return table;
        }
        String sql = "SELECT coalesce((SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE c.oid = to_regclass(" + table.regclassLiteral() + ")), current_schema())";
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            String schema = rs.getString(1);
            return schema == null ? table : new TableName(schema, table.name());
        }
    }

    static boolean tableExists(Connection connection, TableName table) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT to_regclass(" + table.regclassLiteral() + ") IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}

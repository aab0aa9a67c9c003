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

    static boolean tableExists(Connection connection, TableName table) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT to_regclass(" + table.regclassLiteral() + ") IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}

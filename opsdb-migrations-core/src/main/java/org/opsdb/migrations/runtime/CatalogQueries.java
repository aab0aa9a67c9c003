package org.opsdb.migrations.runtime;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Small catalog look-ups the runtime needs. */
final class CatalogQueries {

    private CatalogQueries() {
    }

    /** Whether each of {@code tables} exists, in one statement. */
    static boolean[] tablesExist(Connection connection, TableName... tables) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < tables.length; i++) {
            sql.append(i == 0 ? "" : ", ").append("to_regclass(").append(tables[i].regclassLiteral())
                    .append(") IS NOT NULL");
        }
        boolean[] exist = new boolean[tables.length];
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql.toString())) {
            rs.next();
            for (int i = 0; i < tables.length; i++) {
                exist[i] = rs.getBoolean(i + 1);
            }
        }
        return exist;
    }

    static boolean tableExists(Connection connection, TableName table) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT to_regclass(" + table.regclassLiteral() + ") IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}

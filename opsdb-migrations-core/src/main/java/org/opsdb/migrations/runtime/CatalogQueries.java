package org.opsdb.migrations.runtime;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Small catalog look-ups the runtime needs. */
final class CatalogQueries {

    private CatalogQueries() {
    }

    static boolean tableExists(Connection connection, TableName table) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT to_regclass(" + table.regclassLiteral() + ") IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}

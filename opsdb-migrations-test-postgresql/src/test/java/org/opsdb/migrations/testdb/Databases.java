package org.opsdb.migrations.testdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

final class Databases {

    private Databases() {
    }

    static boolean exists(String name) throws SQLException {
        try (Connection c = PostgresServer.shared().openAdminConnection();
                PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static int userRelations(TestDatabase db) throws SQLException {
        try (Connection c = db.openConnection();
                ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM pg_class cl "
                        + "JOIN pg_namespace n ON n.oid = cl.relnamespace "
                        + "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static String currentDatabase(TestDatabase db) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                ResultSet rs = c.createStatement().executeQuery("SELECT current_database()")) {
            rs.next();
            return rs.getString(1);
        }
    }
}

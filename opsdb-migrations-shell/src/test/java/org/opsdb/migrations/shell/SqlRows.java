package org.opsdb.migrations.shell;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.opsdb.migrations.testdb.TestDatabase;

/** The first column of each row a query returns from a test database, as text. */
final class SqlRows {

    private SqlRows() {
    }

    /** Runs {@code sql} on {@code db}; the first column of each row. */
    static List<String> of(TestDatabase db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.openConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}

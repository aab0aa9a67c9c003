package org.opsdb.migrations.autoconfigure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Reads the catalog and tables of a test database. */
public final class Catalog {

    private final DataSource dataSource;

    public Catalog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Tables of a schema, sorted. */
    public List<String> tables(String schema) {
        return strings("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema
                + "' ORDER BY 1");
    }

    /** Tables of schema public, sorted. */
    public List<String> tables() {
        return tables("public");
    }

    /** The first column of every row, as text. */
    public List<String> strings(String sql) {
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
        return values;
    }

    /** Runs a statement. */
    public void execute(String sql) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}

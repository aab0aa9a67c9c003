package org.opsdb.migrations.reflect;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs one catalog query whose every parameter is the array of schemas to read, and hands back the rows. */
final class CatalogRows {

    private CatalogRows() {
    }

    /** One result row read by position. */
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    static <T> List<T> query(Connection connection, String sql, List<String> schemas, RowReader<T> reader)
            throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            Array array = connection.createArrayOf("text", schemas.toArray());
            int parameters = (int) sql.chars().filter(ch -> ch == '?').count();
            for (int i = 1; i <= parameters; i++) {
                st.setArray(i, array);
            }
            try (ResultSet rs = st.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
                return rows;
            }
        }
    }

    static List<String> strings(ResultSet rs, int column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    static List<Integer> ints(ResultSet rs, int column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of()
                : Arrays.stream((Object[]) array.getArray()).map(o -> ((Number) o).intValue()).toList();
    }
}

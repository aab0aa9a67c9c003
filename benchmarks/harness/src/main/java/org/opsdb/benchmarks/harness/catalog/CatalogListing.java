package org.opsdb.benchmarks.harness.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The user schema of a database as sorted text lines (columns with type, nullability and default; constraints via
 * {@code pg_get_constraintdef}; indexes via {@code pg_get_indexdef}), leaving out the migration tools' own tables.
 * Two databases migrated by different tools must give equal snapshots.
 *
 * @param lines one line per column, constraint and index, sorted
 */
public record CatalogListing(List<String> lines) {

    private static final String QUERY = """
            SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                   || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
                   || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')
              FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
              LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
             WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT c.relname = ANY(?)
            UNION ALL
            SELECT 'constraint ' || c.relname || '.' || con.conname || ' ' || pg_get_constraintdef(con.oid)
              FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid
              JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND NOT c.relname = ANY(?)
            UNION ALL
            SELECT 'index ' || pg_get_indexdef(i.indexrelid)
              FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND NOT c.relname = ANY(?)
            ORDER BY 1
            """;

    /** Reads the snapshot of the connection's database, leaving out {@code ownTables}. */
    public static CatalogListing read(Connection connection, List<String> ownTables) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(QUERY)) {
            var excluded = connection.createArrayOf("text", ownTables.toArray());
            for (int i = 1; i <= 3; i++) {
                statement.setArray(i, excluded);
            }
            List<String> lines = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString(1));
                }
            }
            return new CatalogListing(List.copyOf(lines));
        }
    }

    /** The first line where the two snapshots differ, or {@code null} when they are equal. */
    public String firstDifference(CatalogListing other) {
        for (int i = 0; i < Math.max(lines.size(), other.lines.size()); i++) {
            String mine = i < lines.size() ? lines.get(i) : "(nothing)";
            String theirs = i < other.lines.size() ? other.lines.get(i) : "(nothing)";
            if (!mine.equals(theirs)) {
                return mine + "  <>  " + theirs;
            }
        }
        return null;
    }
}

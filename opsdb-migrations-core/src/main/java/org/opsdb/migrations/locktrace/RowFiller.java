package org.opsdb.migrations.locktrace;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opsdb.migrations.ddl.SampleRows;
import org.opsdb.migrations.operations.Identifiers;
import org.opsdb.migrations.operations.QualifiedName;

/**
 * Gives every table that exists before a traced revision at least {@code rows} rows, best effort: a value for each
 * column without a default from its type ({@link SampleRows}), identity and generated columns and columns with a
 * default left to the database, each foreign key's columns from rows of the table it references (filled first). A
 * table it cannot fill (a type without a generated value in a NOT NULL column, a CHECK the values break, a
 * referenced table without rows) is left as it is, and the reason kept for the report.
 */
final class RowFiller {

    private static final String COLUMNS = "SELECT a.attname, format_type(a.atttypid, a.atttypmod),"
            + " coalesce(b.typcategory, t.typcategory)::text, format_type(coalesce(b.oid, t.oid), NULL),"
            + " coalesce(b.typtype, t.typtype) = 'e', a.attnotnull,"
            + " a.atthasdef OR a.attidentity <> '' OR a.attgenerated <> ''"
            + " FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid"
            + " LEFT JOIN pg_type b ON t.typtype = 'd' AND b.oid = t.typbasetype"
            + " WHERE a.attrelid = ? AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum";
    private static final String FOREIGN_KEYS = "SELECT con.confrelid::bigint,"
            + " array(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY AS k(n, i) JOIN pg_attribute a"
            + " ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.i)::text[],"
            + " array(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY AS k(n, i) JOIN pg_attribute a"
            + " ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.i)::text[]"
            + " FROM pg_constraint con WHERE con.contype = 'f' AND con.conrelid = ? ORDER BY con.conname";

    private final int rows;

    RowFiller(int rows) {
        this.rows = rows;
    }

    /**
     * Tops up each fillable relation of {@code relations} to {@link #rows} rows, each in its own transaction
     * ({@code connection} is in auto-commit), referenced tables first; returns the tables it could not fill, by
     * display name, with the reason.
     */
    Map<String, String> fill(Connection connection, List<Relation> relations) throws SQLException {
        Map<Long, Relation> byOid = new LinkedHashMap<>();
        relations.stream().filter(Relation::fillable).forEach(r -> byOid.put(r.oid(), r));
        Map<Long, List<Key>> keys = new HashMap<>();
        for (Relation relation : byOid.values()) {
            keys.put(relation.oid(), foreignKeys(connection, relation.oid()));
        }
        Map<String, String> notFilled = new LinkedHashMap<>();
        for (Relation relation : referencedFirst(byOid, keys)) {
            String reason = fill(connection, relation, keys.get(relation.oid()), byOid);
            if (reason != null) {
                notFilled.put(relation.display(), reason);
            }
        }
        return notFilled;
    }

    /** A foreign key as the catalog gives it. */
    private record Key(long referenced, List<String> columns, List<String> keys) {
    }

    /** The relations, each after those its foreign keys reference (in a cycle, in the order given). */
    private static List<Relation> referencedFirst(Map<Long, Relation> byOid, Map<Long, List<Key>> keys) {
        List<Relation> ordered = new ArrayList<>();
        Set<Long> placed = new HashSet<>();
        Set<Long> visiting = new HashSet<>();
        for (Long oid : byOid.keySet()) {
            place(oid, byOid, keys, ordered, placed, visiting);
        }
        return ordered;
    }

    private static void place(long oid, Map<Long, Relation> byOid, Map<Long, List<Key>> keys, List<Relation> ordered,
                              Set<Long> placed, Set<Long> visiting) {
        if (placed.contains(oid) || !visiting.add(oid)) {
            return;
        }
        for (Key key : keys.get(oid)) {
            if (byOid.containsKey(key.referenced())) {
                place(key.referenced(), byOid, keys, ordered, placed, visiting);
            }
        }
        placed.add(oid);
        ordered.add(byOid.get(oid));
    }

    /** Fills one table; null when it has its rows, else why not. */
    private String fill(Connection connection, Relation relation, List<Key> keys, Map<Long, Relation> byOid)
            throws SQLException {
        long count = count(connection, relation.name());
        if (count >= rows) {
            return null;
        }
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        List<SampleRows.ForeignKey> references = new ArrayList<>();
        Set<String> fromKeys = new HashSet<>();
        Set<String> nullable = new HashSet<>();
        Map<String, SampleRows.Column> columns = new LinkedHashMap<>();
        Set<String> defaulted = new HashSet<>();
        readColumns(connection, relation.oid(), columns, nullable, defaulted);
        for (Key key : keys) {
            if (key.columns().stream().anyMatch(fromKeys::contains)) {
                continue;
            }
            Relation referenced = key.referenced() == relation.oid() ? null : byOid.get(key.referenced());
            if (referenced == null || count(connection, referenced.name()) == 0) {
                if (key.columns().stream().allMatch(c -> nullable.contains(c) || defaulted.contains(c))) {
                    fromKeys.addAll(key.columns()); // left NULL
                    continue;
                }
                return "column " + key.columns().get(0) + " references "
                        + (referenced == null ? "a table without rows" : referenced.display() + ", which has no rows");
            }
            references.add(new SampleRows.ForeignKey(key.columns(), referenced.name(), key.keys()));
            fromKeys.addAll(key.columns());
        }
        for (SampleRows.Column column : columns.values()) {
            if (fromKeys.contains(column.name()) || defaulted.contains(column.name())) {
                continue;
            }
            Optional<String> value = SampleRows.value(relation.name(), column);
            if (value.isPresent()) {
                names.add(column.name());
                values.add(value.get());
            } else if (!nullable.contains(column.name())) {
                return "no generated value for column " + column.name() + " of type " + column.type();
            }
        }
        String insert = SampleRows.insert(relation.name(), names, values, references, (int) (rows - count));
        try (Statement statement = connection.createStatement()) {
            statement.execute(insert);
            return null;
        } catch (SQLException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return message.lines().findFirst().orElse("").strip();
        }
    }

    private static void readColumns(Connection connection, long oid, Map<String, SampleRows.Column> columns,
                                    Set<String> nullable, Set<String> defaulted) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(COLUMNS)) {
            ps.setLong(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    columns.put(name, new SampleRows.Column(name, rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getBoolean(5)));
                    if (!rs.getBoolean(6)) {
                        nullable.add(name);
                    }
                    if (rs.getBoolean(7)) {
                        defaulted.add(name);
                    }
                }
            }
        }
    }

    private static List<Key> foreignKeys(Connection connection, long oid) throws SQLException {
        List<Key> keys = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(FOREIGN_KEYS)) {
            ps.setLong(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(new Key(rs.getLong(1), strings(rs.getArray(2)), strings(rs.getArray(3))));
                }
            }
        }
        return keys;
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }

    private static long count(Connection connection, QualifiedName table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + Identifiers.quote(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

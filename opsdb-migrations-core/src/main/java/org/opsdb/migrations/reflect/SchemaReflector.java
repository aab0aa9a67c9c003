package org.opsdb.migrations.reflect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.opsdb.migrations.operations.CheckConstraint;
import org.opsdb.migrations.operations.Column;
import org.opsdb.migrations.operations.CreateIndex;
import org.opsdb.migrations.operations.ForeignKeyConstraint;
import org.opsdb.migrations.operations.Identity;
import org.opsdb.migrations.operations.Identifiers;
import org.opsdb.migrations.operations.IndexElement;
import org.opsdb.migrations.operations.PrimaryKeyConstraint;
import org.opsdb.migrations.operations.QualifiedName;
import org.opsdb.migrations.operations.ReferentialAction;
import org.opsdb.migrations.operations.UniqueConstraint;
import org.opsdb.migrations.schema.DomainType;
import org.opsdb.migrations.schema.EnumType;
import org.opsdb.migrations.schema.SchemaModel;
import org.opsdb.migrations.schema.SequenceModel;
import org.opsdb.migrations.schema.TableModel;

/**
 * Reads a live PostgreSQL database into a {@link SchemaModel} with seven bulk {@code pg_catalog} queries
 * (schemas, columns, constraints, indexes, enum types, domains, sequences), whatever the number of tables.
 * Serial columns come back
 * as {@code serial}/{@code bigserial}/{@code smallserial} and their sequences are not listed separately; btree,
 * the default index method, is left unnamed. Types and expressions are spelt as PostgreSQL prints them with the
 * search path set to the scope's default schema and {@link ReflectionScope#DEFAULT_SCHEMA} (qualified when in any
 * other schema), whatever the connection's own search path: a type in schema {@code ops} reads {@code ops.mood} also
 * for a role whose {@code search_path} is {@code ops}.
 */
public final class SchemaReflector {

    private static final String USER_SCHEMA = "n.nspname NOT IN ('pg_catalog', 'information_schema')"
            + " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'"
            + " AND (cardinality(?::text[]) = 0 OR n.nspname = ANY(?::text[]))";

    private static final String SCHEMAS = "SELECT n.nspname FROM pg_namespace n WHERE " + USER_SCHEMA
            + " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_namespace'::regclass"
            + " AND d.objid = n.oid AND d.deptype = 'e') ORDER BY 1";

    private static final String COLUMNS = "SELECT n.nspname, c.relname, obj_description(c.oid, 'pg_class'),"
            + " a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid),"
            + " a.attidentity, col_description(c.oid, a.attnum)"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
            + " LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum"
            + " WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND " + USER_SCHEMA
            + " ORDER BY n.nspname, c.relname, a.attnum";

    private static final String CONSTRAINTS = "SELECT n.nspname, c.relname, con.conname, con.contype,"
            + " pg_get_constraintdef(con.oid, true),"
            + " ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(num, pos)"
            + "   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.pos),"
            + " fn.nspname, fc.relname,"
            + " ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(num, pos)"
            + "   JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.pos),"
            + " con.confdeltype, con.confupdtype, con.condeferrable, con.condeferred"
            + " FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " LEFT JOIN pg_class fc ON fc.oid = con.confrelid LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace"
            + " WHERE con.contype IN ('p', 'u', 'c', 'f') AND " + USER_SCHEMA + " ORDER BY 1, 2, 3";

    private static final String INDEXES = "SELECT n.nspname, t.relname, i.relname, ix.indisunique, am.amname,"
            + " pg_get_expr(ix.indpred, ix.indrelid), ix.indnkeyatts,"
            + " ARRAY(SELECT CASE WHEN ix.indkey[k - 1] = 0 THEN pg_get_indexdef(ix.indexrelid, k, true)"
            + "   ELSE (SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = ix.indrelid"
            + "   AND a.attnum = ix.indkey[k - 1]) END FROM generate_series(1, ix.indnatts) k ORDER BY k),"
            + " ARRAY(SELECT ix.indkey[k - 1] = 0 FROM generate_series(1, ix.indnatts) k ORDER BY k),"
            + " ARRAY(SELECT ix.indoption[k - 1]::int FROM generate_series(1, ix.indnkeyatts) k ORDER BY k)"
            + " FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid"
            + " JOIN pg_namespace n ON n.oid = t.relnamespace JOIN pg_am am ON am.oid = i.relam"
            + " WHERE t.relkind IN ('r', 'p') AND " + USER_SCHEMA
            + " AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conrelid = ix.indrelid"
            + "   AND con.conindid = ix.indexrelid AND con.contype IN ('p', 'u', 'x'))"
            + " ORDER BY 1, 2, 3";

    private static final String ENUMS = "SELECT n.nspname, t.typname,"
            + " ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)"
            + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
            + " WHERE t.typtype = 'e' AND " + USER_SCHEMA
            + " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass"
            + "   AND d.objid = t.oid AND d.deptype = 'e') ORDER BY 1, 2";

    private static final String DOMAINS = "SELECT n.nspname, t.typname, format_type(t.typbasetype, t.typtypmod),"
            + " t.typnotnull, t.typdefault,"
            + " ARRAY(SELECT con.conname::text FROM pg_constraint con WHERE con.contypid = t.oid AND con.contype = 'c'"
            + "   ORDER BY con.conname),"
            + " ARRAY(SELECT pg_get_constraintdef(con.oid, true) FROM pg_constraint con WHERE con.contypid = t.oid"
            + "   AND con.contype = 'c' ORDER BY con.conname)"
            + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
            + " WHERE t.typtype = 'd' AND " + USER_SCHEMA
            + " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass"
            + "   AND d.objid = t.oid AND d.deptype = 'e') ORDER BY 1, 2";

    private static final String SEQUENCES = "SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL),"
            + " s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,"
            + " dep.deptype, tn.nspname, tc.relname, ta.attname"
            + " FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " LEFT JOIN pg_depend dep ON dep.classid = 'pg_class'::regclass AND dep.objid = c.oid"
            + "   AND dep.refclassid = 'pg_class'::regclass AND dep.deptype IN ('a', 'i')"
            + " LEFT JOIN pg_class tc ON tc.oid = dep.refobjid LEFT JOIN pg_namespace tn ON tn.oid = tc.relnamespace"
            + " LEFT JOIN pg_attribute ta ON ta.attrelid = dep.refobjid AND ta.attnum = dep.refobjsubid"
            + " WHERE " + USER_SCHEMA + " ORDER BY 1, 2";

    private final ReflectionScope scope;

    /** A reflector for {@code scope}. */
    public SchemaReflector(ReflectionScope scope) {
        this.scope = scope;
    }

    /** Reads the model; the connection is left as it was (its search path included). */
    public SchemaModel reflect(Connection connection) throws SQLException {
        boolean local = !connection.getAutoCommit();
        String given = CatalogRows.query(connection, "SELECT current_setting('search_path')", List.of(),
                rs -> rs.getString(1)).get(0);
        setSearchPath(connection, String.join(", ", Stream.of(scope.defaultSchema(), ReflectionScope.DEFAULT_SCHEMA)
                .filter(Objects::nonNull).distinct().map(Identifiers::quote).toList()), local);
        try {
            return read(connection);
        } finally {
            setSearchPath(connection, given, local);
        }
    }

    /** Sets the search path, for the transaction only when {@code local}. */
    private static void setSearchPath(Connection connection, String path, boolean local) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement("SELECT set_config('search_path', ?, ?)")) {
            set.setString(1, path);
            set.setBoolean(2, local);
            set.execute();
        }
    }

    private SchemaModel read(Connection connection) throws SQLException {
        List<String> schemas = query(connection, SCHEMAS, rs -> rs.getString(1));
        Map<QualifiedName, TableBuilder> tables = new LinkedHashMap<>();
        for (ColumnRow row : query(connection, COLUMNS, ColumnRow::read)) {
            QualifiedName table = name(row.schema(), row.table());
            if (isExcluded(row.schema(), row.table())) {
                continue;
            }
            TableBuilder builder = tables.computeIfAbsent(table, TableBuilder::new);
            builder.comment = row.tableComment();
            if (row.column() != null) {
                builder.columns.add(row.toColumn());
            }
        }
        for (ConstraintRow row : query(connection, CONSTRAINTS, ConstraintRow::read)) {
            TableBuilder builder = tables.get(name(row.schema(), row.table()));
            if (builder != null) {
                addConstraint(builder, row);
            }
        }
        for (IndexRow row : query(connection, INDEXES, IndexRow::read)) {
            TableBuilder builder = tables.get(name(row.schema(), row.table()));
            if (builder != null) {
                builder.indexes.add(row.toIndex(name(row.schema(), row.table())));
            }
        }
        List<EnumType> enums = query(connection, ENUMS,
                rs -> new EnumType(name(rs.getString(1), rs.getString(2)), CatalogRows.strings(rs, 3)));
        List<DomainType> domains = query(connection, DOMAINS, this::domain);
        List<SequenceModel> sequences = new ArrayList<>();
        for (SequenceRow row : query(connection, SEQUENCES, SequenceRow::read)) {
            if ("i".equals(row.dependency())) {
                continue;
            }
            QualifiedName sequence = name(row.schema(), row.name());
            TableBuilder owner = row.ownerTable() == null ? null : tables.get(name(row.ownerSchema(), row.ownerTable()));
            if (owner != null && owner.becomesSerial(row, sequence)) {
                continue;
            }
            sequences.add(new SequenceModel(sequence, row.options(owner == null ? null : owner.name)));
        }
        List<String> namedSchemas = schemas.stream().filter(s -> !s.equals(scope.defaultSchema())).toList();
        return new SchemaModel(namedSchemas, tables.values().stream().map(TableBuilder::build).toList(), enums,
                sequences, domains);
    }

    private DomainType domain(java.sql.ResultSet rs) throws SQLException {
        List<String> names = CatalogRows.strings(rs, 6);
        List<String> definitions = CatalogRows.strings(rs, 7);
        List<CheckConstraint> checks = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            checks.add(new CheckConstraint(names.get(i), checkExpression(definitions.get(i))));
        }
        return new DomainType(name(rs.getString(1), rs.getString(2)),
                rs.getString(3), rs.getBoolean(4), rs.getString(5), checks);
    }

    private void addConstraint(TableBuilder builder, ConstraintRow row) {
        switch (row.type()) {
            case "p" -> builder.primaryKey = new PrimaryKeyConstraint(row.name(), row.columns());
            case "u" -> builder.uniques.add(new UniqueConstraint(row.name(), row.columns()));
            case "c" -> builder.checks.add(new CheckConstraint(row.name(), checkExpression(row.definition())));
            default -> builder.foreignKeys.add(new ForeignKeyConstraint(row.name(), row.columns(),
                    name(row.referencedSchema(), row.referencedTable()), row.referencedColumns(),
                    action(row.onDelete()), action(row.onUpdate()), row.deferrable(), row.deferred()));
        }
    }

    /** {@code CHECK ((a > 0)) NOT VALID} → {@code (a > 0)}: a check's expression as a model holds it. */
    public static String checkExpression(String definition) {
        String text = definition.endsWith(" NOT VALID") ? definition.substring(0, definition.length() - 10) : definition;
        text = text.substring("CHECK ".length());
        return text.startsWith("(") && text.endsWith(")") ? text.substring(1, text.length() - 1) : text;
    }

    private static ReferentialAction action(String code) {
        return switch (code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> null;
        };
    }

    private boolean isExcluded(String schema, String table) {
        return scope.excludedTables().contains(QualifiedName.of(schema, table));
    }

    private QualifiedName name(String schema, String object) {
        return schema == null || schema.equals(scope.defaultSchema()) ? QualifiedName.of(object)
                : QualifiedName.of(schema, object);
    }

    private <T> List<T> query(Connection connection, String sql, CatalogRows.RowReader<T> reader)
            throws SQLException {
        return CatalogRows.query(connection, sql, scope.schemas(), reader);
    }

    /** A table while its rows are collected. */
    private static final class TableBuilder {
        final QualifiedName name;
        final List<Column> columns = new ArrayList<>();
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();
        final List<ForeignKeyConstraint> foreignKeys = new ArrayList<>();
        final List<CreateIndex> indexes = new ArrayList<>();
        PrimaryKeyConstraint primaryKey;
        String comment;

        TableBuilder(QualifiedName name) {
            this.name = name;
        }

        /** Turns the owning column into a serial column when the sequence is exactly what serial creates. */
        boolean becomesSerial(SequenceRow sequence, QualifiedName sequenceName) {
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                if (!column.name().equals(sequence.ownerColumn())) {
                    continue;
                }
                String serial = switch (column.type()) {
                    case "integer" -> "serial";
                    case "bigint" -> "bigserial";
                    case "smallint" -> "smallserial";
                    default -> null;
                };
                String expectedDefault = "nextval('" + sequenceName.toString().replace("'", "''") + "'::regclass)";
                if (serial != null && expectedDefault.equals(column.serverDefault()) && !column.isNullable()
                        && sequence.isSerialDefault(column.type())) {
                    columns.set(i, new Column(column.name(), serial, false, null, null, column.comment(), false));
                    return true;
                }
            }
            return false;
        }

        TableModel build() {
            return new TableModel(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment);
        }
    }

    /** A row of the column query. */
    private record ColumnRow(String schema, String table, String tableComment, String column, String type,
                             boolean notNull, String defaultExpression, String identity, String comment) {
        static ColumnRow read(java.sql.ResultSet rs) throws SQLException {
            return new ColumnRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getBoolean(6), rs.getString(7), rs.getString(8),
                    rs.getString(9));
        }

        Column toColumn() {
            Identity kind = switch (identity == null ? "" : identity) {
                case "a" -> Identity.ALWAYS;
                case "d" -> Identity.BY_DEFAULT;
                default -> null;
            };
            return new Column(column, type, !notNull && kind == null, kind == null ? defaultExpression : null, kind,
                    comment, false);
        }
    }

    /** A row of the constraint query. */
    private record ConstraintRow(String schema, String table, String name, String type, String definition,
                                 List<String> columns, String referencedSchema, String referencedTable,
                                 List<String> referencedColumns, String onDelete, String onUpdate,
                                 boolean deferrable, boolean deferred) {
        static ConstraintRow read(java.sql.ResultSet rs) throws SQLException {
            return new ConstraintRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), CatalogRows.strings(rs, 6), rs.getString(7), rs.getString(8),
                    CatalogRows.strings(rs, 9), rs.getString(10), rs.getString(11), rs.getBoolean(12),
                    rs.getBoolean(13));
        }
    }

    /** A row of the index query. */
    private record IndexRow(String schema, String table, String name, boolean unique, String method,
                            String predicate, int keyCount, List<String> keys, List<String> isExpression,
                            List<Integer> options) {
        static IndexRow read(java.sql.ResultSet rs) throws SQLException {
            return new IndexRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5),
                    rs.getString(6), rs.getInt(7), CatalogRows.strings(rs, 8), CatalogRows.strings(rs, 9),
                    CatalogRows.ints(rs, 10));
        }

        CreateIndex toIndex(QualifiedName tableName) {
            List<IndexElement> elements = new ArrayList<>();
            for (int k = 0; k < keyCount; k++) {
                boolean expression = "true".equals(isExpression.get(k)) || "t".equals(isExpression.get(k));
                IndexElement element = new IndexElement(keys.get(k), expression);
                elements.add(element.ordered(ordering(options.get(k))));
            }
            List<String> include = keys.subList(keyCount, keys.size());
            return new CreateIndex(name, tableName, elements, unique, "btree".equals(method) ? null : method,
                    predicate, false, false, include);
        }

        /** indoption bit 0 = DESC, bit 1 = NULLS FIRST; the defaults are ASC NULLS LAST and DESC NULLS FIRST. */
        private static String ordering(int option) {
            boolean desc = (option & 1) != 0;
            boolean nullsFirst = (option & 2) != 0;
            if (desc) {
                return nullsFirst ? "DESC" : "DESC NULLS LAST";
            }
            return nullsFirst ? "NULLS FIRST" : null;
        }
    }

    /** A row of the sequence query. */
    private record SequenceRow(String schema, String name, String dataType, long start, long increment, long min,
                               long max, long cache, boolean cycle, String dependency, String ownerSchema,
                               String ownerTable, String ownerColumn) {
        static SequenceRow read(java.sql.ResultSet rs) throws SQLException {
            return new SequenceRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                    rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getBoolean(9), rs.getString(10), rs.getString(11),
                    rs.getString(12), rs.getString(13));
        }

        boolean isSerialDefault(String columnType) {
            return dataType.equals(columnType) && start == 1 && increment == 1 && min == 1 && max == maxOf(dataType)
                    && cache == 1 && !cycle;
        }

        org.opsdb.migrations.operations.SequenceOptions options(QualifiedName owner) {
            long typeMax = maxOf(dataType);
            boolean ascending = increment > 0;
            long defaultMin = ascending ? 1 : -typeMax - 1;
            long defaultMax = ascending ? typeMax : -1;
            return new org.opsdb.migrations.operations.SequenceOptions(
                    dataType.equals("bigint") ? null : dataType,
                    start == (ascending ? min : max) ? null : start,
                    increment == 1 ? null : increment,
                    min == defaultMin ? null : min,
                    max == defaultMax ? null : max,
                    cache == 1 ? null : cache,
                    cycle ? Boolean.TRUE : null,
                    owner == null ? null : new org.opsdb.migrations.operations.ColumnRef(owner, ownerColumn));
        }

        private static long maxOf(String type) {
            return switch (type) {
                case "smallint" -> Short.MAX_VALUE;
                case "integer" -> Integer.MAX_VALUE;
                default -> Long.MAX_VALUE;
            };
        }
    }
}

package org.opsdb.migrations.autogenerate;

import java.util.ArrayList;
import java.util.List;
import org.opsdb.migrations.runtime.DatabaseState;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * The user objects of a database as sorted lines of text read straight from {@code pg_catalog} (types through
 * {@code format_type}, constraints through {@code pg_get_constraintdef}), leaving out the tool's own tables: what
 * two databases must share to hold the same schema, independent of our reflector.
 */
final class CatalogFacts {

    private static final String USER = " n.nspname NOT IN ('pg_catalog', 'information_schema')"
            + " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'";
    private static final String OWN = " AND c.relname NOT IN ('alembic_version', 'opsdb_migration_history')";

    private CatalogFacts() {
    }

    /** Schemas, columns, constraints, indexes and sequences, one fact per line. */
    static List<String> of(TestDatabase db) {
        List<String> facts = new ArrayList<>();
        facts.addAll(schemas(db));
        facts.addAll(columns(db));
        facts.addAll(constraints(db));
        facts.addAll(lines(db, "SELECT 'index ' || n.nspname || '.' || i.relname || ': '"
                + " || pg_get_indexdef(i.oid) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
                + " JOIN pg_class c ON c.oid = x.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE"
                + USER + OWN + " ORDER BY 1"));
        facts.addAll(lines(db, "SELECT 'sequence ' || schemaname || '.' || sequencename || ' ' || data_type"
                + " || ' start ' || start_value || ' increment ' || increment_by || ' cache ' || cache_size"
                + " FROM pg_sequences WHERE sequencename <> 'opsdb_migration_history_id_seq' ORDER BY 1"));
        facts.addAll(lines(db, "SELECT 'type ' || n.nspname || '.' || t.typname FROM pg_type t"
                + " JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typtype IN ('e', 'd') AND" + USER
                + " ORDER BY 1"));
        return facts;
    }

    static List<String> schemas(TestDatabase db) {
        return lines(db, "SELECT 'schema ' || n.nspname FROM pg_namespace n WHERE" + USER + " ORDER BY 1");
    }

    /** {@code column schema.table.column type [not null] [identity]}, sorted (column order left out). */
    static List<String> columns(TestDatabase db) {
        return lines(db, "SELECT 'column ' || n.nspname || '.' || c.relname || '.' || a.attname || ' '"
                + " || format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END"
                + " || CASE a.attidentity WHEN 'd' THEN ' identity' WHEN 'a' THEN ' identity always' ELSE '' END"
                + " || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')"
                + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum"
                + " WHERE c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND" + USER + OWN + " ORDER BY 1");
    }

    /** {@code constraint schema.table name: definition}, sorted; key columns in key order. */
    static List<String> constraints(TestDatabase db) {
        return lines(db, "SELECT 'constraint ' || n.nspname || '.' || c.relname || ' ' || con.conname || ': '"
                + " || pg_get_constraintdef(con.oid) FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE" + USER + OWN + " ORDER BY 1");
    }

    private static List<String> lines(TestDatabase db, String sql) {
        return new DatabaseState(db).strings(sql);
    }
}

package org.opsdb.migrations.test.snapshot;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.opsdb.migrations.operations.QualifiedName;
import org.opsdb.migrations.reflect.ReflectionScope;
import org.opsdb.migrations.runtime.OwnTables;

/**
 * A small {@link SchemaSnapshot} read from {@code pg_catalog} with one bulk query per kind of object, covering every
 * user schema (not {@code pg_catalog}, {@code information_schema}, toast or temporary schemas). Lines, with names
 * in schema {@code public} unqualified:
 * <pre>
 * schema audit
 * extension pgcrypto
 * table telescope
 * column telescope.name text NOT NULL DEFAULT 'x'::text
 * constraint telescope.telescope_pkey PRIMARY KEY (id)
 * index CREATE UNIQUE INDEX telescope_pkey ON public.telescope USING btree (id)
 * trigger CREATE TRIGGER ... ON public.telescope ...
 * type observationstatus ('PLANNED','DONE')
 * domain positive integer NOT NULL
 * sequence telescope_id_seq bigint start 1 increment 1 min 1 max 9223372036854775807
 * view v: SELECT ...
 * function instrument_label(i instrument): CREATE OR REPLACE FUNCTION ...
 * </pre>
 * Whitespace inside a line is collapsed. Objects that belong to an extension, and the tables named in the
 * constructor (in any schema) or given by {@link #excludingOwnTables} (the version and history tables, in the schema
 * the captured connection {@linkplain OwnTables#resolve resolves} them to) with their columns, constraints, indexes,
 * triggers and owned sequences, are left out. Not covered: column order, comments, privileges, row-level policies,
 * rules.
 */
public final class CatalogSnapshot implements SchemaSnapshot {

    private static final String USER_SCHEMA = "n.nspname NOT IN ('pg_catalog', 'information_schema')"
            + " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'";

    private static final String SCHEMA_PREFIX =
            "CASE WHEN n.nspname = '" + ReflectionScope.DEFAULT_SCHEMA + "' THEN ''"
                    + " ELSE quote_ident(n.nspname) || '.' END";

    private static final String RELATION_NAME = SCHEMA_PREFIX + " || quote_ident(c.relname)";

    private static final String NOT_IN_EXTENSION = " AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = %s"
            + " AND e.objid = %s AND e.deptype = 'e')";

    /** Three parameters: the names excluded in any schema, then the own tables' schemas and names, pairwise. */
    private static final String NOT_EXCLUDED = " AND NOT " + excluded("c", "n");

    private static final String FROM_RELATION = " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE " + USER_SCHEMA + notInExtension("'pg_class'::regclass", "c.oid") + NOT_EXCLUDED;

    private static final List<String> QUERIES = List.of(
            "SELECT 'schema ' || quote_ident(n.nspname) FROM pg_namespace n WHERE " + USER_SCHEMA,
            "SELECT 'extension ' || quote_ident(extname) FROM pg_extension WHERE extname <> 'plpgsql'",
            "SELECT CASE c.relkind"
                    + " WHEN 'r' THEN 'table ' || " + RELATION_NAME
                    + " WHEN 'p' THEN 'table ' || " + RELATION_NAME + " || ' PARTITIONED'"
                    + " WHEN 'f' THEN 'foreign table ' || " + RELATION_NAME
                    + " WHEN 'c' THEN 'type ' || " + RELATION_NAME + " || ' composite'"
                    + " WHEN 'v' THEN 'view ' || " + RELATION_NAME + " || ': ' || pg_get_viewdef(c.oid)"
                    + " WHEN 'm' THEN 'materialized view ' || " + RELATION_NAME + " || ': ' || pg_get_viewdef(c.oid)"
                    + " WHEN 'S' THEN 'sequence ' || " + RELATION_NAME + " || ' ' || format_type(s.seqtypid, NULL)"
                    + " || ' start ' || s.seqstart || ' increment ' || s.seqincrement || ' min ' || s.seqmin"
                    + " || ' max ' || s.seqmax || CASE WHEN s.seqcycle THEN ' cycle' ELSE '' END END"
                    + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " LEFT JOIN pg_sequence s ON s.seqrelid = c.oid"
                    + " WHERE c.relkind IN ('r', 'p', 'f', 'c', 'v', 'm', 'S') AND " + USER_SCHEMA
                    + notInExtension("'pg_class'::regclass", "c.oid") + NOT_EXCLUDED
                    + " AND NOT EXISTS (SELECT 1 FROM pg_depend o JOIN pg_class t ON t.oid = o.refobjid"
                    + " JOIN pg_namespace tn ON tn.oid = t.relnamespace"
                    + " WHERE c.relkind = 'S' AND o.classid = 'pg_class'::regclass AND o.objid = c.oid"
                    + " AND o.refclassid = 'pg_class'::regclass AND o.deptype IN ('a', 'i')"
                    + " AND " + excluded("t", "tn") + ")",
            "SELECT 'column ' || " + RELATION_NAME + " || '.' || quote_ident(a.attname) || ' '"
                    + " || format_type(a.atttypid, a.atttypmod)"
                    + " || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END"
                    + " || CASE a.attidentity WHEN 'a' THEN ' GENERATED ALWAYS AS IDENTITY'"
                    + " WHEN 'd' THEN ' GENERATED BY DEFAULT AS IDENTITY' ELSE '' END"
                    + " || CASE WHEN a.attgenerated = 's' THEN ' GENERATED ALWAYS AS ('"
                    + " || pg_get_expr(d.adbin, d.adrelid) || ') STORED'"
                    + " WHEN d.adbin IS NOT NULL THEN ' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid) ELSE '' END"
                    + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                    + " WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'f', 'c') AND "
                    + USER_SCHEMA + notInExtension("'pg_class'::regclass", "c.oid") + NOT_EXCLUDED,
            "SELECT 'constraint ' || " + RELATION_NAME + " || '.' || quote_ident(k.conname) || ' '"
                    + " || pg_get_constraintdef(k.oid) FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE " + USER_SCHEMA
                    + notInExtension("'pg_class'::regclass", "c.oid") + NOT_EXCLUDED,
            "SELECT 'index ' || pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE " + USER_SCHEMA
                    + notInExtension("'pg_class'::regclass", "c.oid") + NOT_EXCLUDED,
            "SELECT 'trigger ' || pg_get_triggerdef(g.oid) FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT g.tgisinternal AND " + USER_SCHEMA
                    + notInExtension("'pg_class'::regclass", "c.oid") + NOT_EXCLUDED,
            "SELECT CASE t.typtype WHEN 'e' THEN 'type ' || " + SCHEMA_PREFIX + " || quote_ident(t.typname) || ' ('"
                    + " || (SELECT string_agg(quote_literal(v.enumlabel), ',' ORDER BY v.enumsortorder)"
                    + " FROM pg_enum v WHERE v.enumtypid = t.oid) || ')'"
                    + " ELSE 'domain ' || " + SCHEMA_PREFIX + " || quote_ident(t.typname) || ' '"
                    + " || format_type(t.typbasetype, t.typtypmod)"
                    + " || CASE WHEN t.typnotnull THEN ' NOT NULL' ELSE '' END"
                    + " || COALESCE(' DEFAULT ' || t.typdefault, '')"
                    + " || COALESCE((SELECT ' ' || string_agg(pg_get_constraintdef(k.oid), ' ' ORDER BY k.conname)"
                    + " FROM pg_constraint k WHERE k.contypid = t.oid), '') END"
                    + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
                    + " WHERE t.typtype IN ('e', 'd') AND " + USER_SCHEMA
                    + notInExtension("'pg_type'::regclass", "t.oid"),
            "SELECT CASE WHEN p.prokind = 'a' THEN 'aggregate ' ELSE 'function ' END || " + SCHEMA_PREFIX
                    + " || quote_ident(p.proname) || '(' || pg_get_function_identity_arguments(p.oid) || ')'"
                    + " || CASE WHEN p.prokind IN ('f', 'p') THEN ': ' || pg_get_functiondef(p.oid) ELSE '' END"
                    + " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE " + USER_SCHEMA
                    + notInExtension("'pg_proc'::regclass", "p.oid"));

    private final List<String> excludedTables;
    private final OwnTables ownTables;

    /**
     * A snapshot that leaves out the named tables (unqualified names, in any schema), typically the version and
     * history tables.
     */
    public CatalogSnapshot(Collection<String> excludedTables) {
        this(excludedTables, null);
    }

    private CatalogSnapshot(Collection<String> excludedTables, OwnTables ownTables) {
        this.excludedTables = List.copyOf(excludedTables);
        this.ownTables = ownTables;
    }

    /** A snapshot that leaves out the named tables; see {@link #CatalogSnapshot(Collection)}. */
    public static CatalogSnapshot excluding(String... tables) {
        return new CatalogSnapshot(Set.of(tables));
    }

    /**
     * This snapshot, also leaving out {@code ownTables} where each captured connection
     * {@linkplain OwnTables#resolve resolves} them (e.g. {@code ops.alembic_version} under {@code search_path=ops}).
     */
    public CatalogSnapshot excludingOwnTables(OwnTables ownTables) {
        return new CatalogSnapshot(excludedTables, ownTables);
    }

    @Override
    public List<String> capture(Connection connection) throws SQLException {
        List<String> lines = new ArrayList<>();
        Set<QualifiedName> own = ownTables == null ? Set.of() : ownTables.resolve(connection).tables();
        List<Array> excluded = List.of(connection.createArrayOf("text", excludedTables.toArray()),
                connection.createArrayOf("text", own.stream().map(QualifiedName::schema).toArray()),
                connection.createArrayOf("text", own.stream().map(QualifiedName::name).toArray()));
        for (String query : QUERIES) {
            try (PreparedStatement statement = connection.prepareStatement(query)) {
                long parameters = query.chars().filter(ch -> ch == '?').count();
                for (int i = 1; i <= parameters; i++) {
                    statement.setArray(i, excluded.get((i - 1) % excluded.size()));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        lines.add(rows.getString(1).replaceAll("\\s+", " ").strip());
                    }
                }
            }
        }
        lines.sort(null);
        return List.copyOf(lines);
    }

    /** The condition that relation {@code relation} in namespace {@code namespace} is left out (see NOT_EXCLUDED). */
    private static String excluded(String relation, String namespace) {
        return "(" + relation + ".relname = ANY (?) OR (" + namespace + ".nspname, " + relation + ".relname) IN"
                + " (SELECT * FROM unnest(?::text[], ?::text[])))";
    }

    private static String notInExtension(String catalog, String oid) {
        return String.format(NOT_IN_EXTENSION, catalog, oid);
    }
}

package org.opsdb.migrations.reflect;

import java.util.List;
import java.util.Set;
import org.opsdb.migrations.operations.QualifiedName;

/**
 * What to reflect: the schemas (empty for every user schema), the tables to leave out (the tool's version and
 * history tables) and the default schema, whose objects get unqualified names.
 *
 * @param schemas        schemas to read; empty for all user schemas
 * @param excludedTables tables left out, qualified by schema ({@code public.alembic_version})
 * @param defaultSchema  the schema whose objects are named without qualification
 */
public record ReflectionScope(List<String> schemas, Set<QualifiedName> excludedTables, String defaultSchema) {

    /**
     * PostgreSQL's {@code public} schema, the one every new database has and the default search path creates in:
     * the default schema of a model and a reflection that no connection has told otherwise. Objects in it are
     * named without qualification on both sides of a diff (the mapped model is read without a connection, so the
     * two sides agree on this one name rather than on a connection's {@code current_schema()}).
     */
    public static final String DEFAULT_SCHEMA = "public";

    /** Every user schema, {@link #DEFAULT_SCHEMA} as default, leaving out {@code excluded} tables. */
    public static ReflectionScope allSchemas(Set<QualifiedName> excluded) {
        return new ReflectionScope(List.of(), excluded, DEFAULT_SCHEMA);
    }

    /** Copies the parts. */
    public ReflectionScope {
        schemas = List.copyOf(schemas);
        excludedTables = Set.copyOf(excludedTables);
    }

    /** The same scope with another default schema. */
    public ReflectionScope withDefaultSchema(String schema) {
        return new ReflectionScope(schemas, excludedTables, schema);
    }
}

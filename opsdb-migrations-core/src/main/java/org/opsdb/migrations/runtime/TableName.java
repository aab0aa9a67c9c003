package org.opsdb.migrations.runtime;

import org.opsdb.migrations.ddl.Identifiers;

/**
 * The name of one of the tool's own tables (version or history table), optionally schema-qualified.
 *
 * @param schema schema, or {@code null} for the connection's search path
 * @param name   table name
 */
public record TableName(String schema, String name) {

    /** The quoted, possibly qualified name for use in SQL. */
    public String sql() {
        return schema == null || schema.isBlank() ? Identifiers.quote(name) : Identifiers.quote(schema) + "." + Identifiers.quote(name);
    }

    /** The same text as a SQL string literal, for {@code to_regclass}. */
    public String regclassLiteral() {
        return "'" + sql().replace("'", "''") + "'";
    }

    @Override
    public String toString() {
        return schema == null || schema.isBlank() ? name : schema + "." + name;
    }
}

package org.opsdb.migrations.lint;

/**
 * A table, index or type as a statement names it, folded as PostgreSQL folds it.
 *
 * @param schema the schema written before it, or null
 * @param name   the name
 */
record RelationName(String schema, String name) {

    /** The name as SQL (quoted where the name needs it). */
    String sql() {
        return (schema == null ? "" : quote(schema) + ".") + quote(name);
    }

    /** The key that tracks it across a revision: the name alone (a schema-qualified and a bare name meet). */
    String key() {
        return name;
    }

    /** {@code name} quoted when it is not a plain lower-case identifier. */
    static String quote(String name) {
        return name.matches("[a-z_][a-z0-9_$]*") ? name : '"' + name.replace("\"", "\"\"") + '"';
    }

    @Override
    public String toString() {
        return sql();
    }
}

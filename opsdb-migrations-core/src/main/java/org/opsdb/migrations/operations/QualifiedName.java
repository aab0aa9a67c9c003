package org.opsdb.migrations.operations;

import java.util.Objects;
import java.util.Optional;

/**
 * The name of a schema object (table, type, sequence, index), optionally qualified by its schema.
 * Names are exact: they are quoted when rendered if PostgreSQL would otherwise fold or misread them.
 *
 * @param schema the schema, or {@code null} for the search path
 * @param name   the object name
 */
public record QualifiedName(String schema, String name) {

    /** Validates the parts. */
    public QualifiedName {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty() || (schema != null && schema.isEmpty())) {
            throw new IllegalArgumentException("empty name part in " + schema + "." + name);
        }
    }

    /** An unqualified name, taken literally (a dot is part of the name). */
    public static QualifiedName of(String name) {
        return new QualifiedName(null, name);
    }

    /** A schema-qualified name. */
    public static QualifiedName of(String schema, String name) {
        return new QualifiedName(schema, name);
    }

    /** Parses {@code "name"} or {@code "schema.name"} (split at the first dot). */
    public static QualifiedName parse(String text) {
        int dot = text.indexOf('.');
        return dot < 0 ? of(text) : of(text.substring(0, dot), text.substring(dot + 1));
    }

    /** The schema, if any. */
    public Optional<String> schemaName() {
        return Optional.ofNullable(schema);
    }

    /** The same schema with another object name (renames keep the schema). */
    public QualifiedName withName(String newName) {
        return new QualifiedName(schema, newName);
    }

    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}

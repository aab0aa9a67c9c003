package org.opsdb.migrations.operations;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * PostgreSQL identifier quoting. A name is written bare only when PostgreSQL reads it back unchanged: a lower-case
 * identifier ({@code [a-z_][a-z0-9_$]*}) that is not a keyword PostgreSQL restricts. Otherwise it is written in
 * double quotes, with embedded double quotes doubled.
 */
public final class Identifiers {

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

    /**
     * Every keyword that is not "non-reserved" in PostgreSQL 16 (Appendix C; PostgreSQL 17's additions included):
     * reserved, reserved-but-allowed-as-function-or-type-name, and non-reserved-but-not-a-function-or-type-name.
     * Quoting all of them keeps a name valid in every position (column, table, type, function).
     */
    private static final Set<String> KEYWORDS = Set.of(
            // reserved
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both", "case", "cast",
            "check", "collate", "column", "constraint", "create", "current_catalog", "current_date",
            "current_role", "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc",
            "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign", "from", "grant",
            "group", "having", "in", "initially", "intersect", "into", "lateral", "leading", "limit", "localtime",
            "localtimestamp", "not", "null", "offset", "on", "only", "or", "order", "placing", "primary",
            "references", "returning", "select", "session_user", "some", "symmetric", "system_user", "table",
            "then", "to", "trailing", "true", "union", "unique", "user", "using", "variadic", "when", "where",
            "window", "with",
            // reserved (can be function or type name)
            "authorization", "binary", "collation", "concurrently", "cross", "current_schema", "freeze", "full",
            "ilike", "inner", "is", "isnull", "join", "left", "like", "natural", "notnull", "outer", "overlaps",
            "right", "similar", "tablesample", "verbose",
            // non-reserved (cannot be function or type name)
            "between", "bigint", "bit", "boolean", "char", "character", "coalesce", "dec", "decimal", "exists",
            "extract", "float", "greatest", "grouping", "inout", "int", "integer", "interval", "json",
            "json_array", "json_arrayagg", "json_exists", "json_object", "json_objectagg", "json_query",
            "json_scalar", "json_serialize", "json_table", "json_value", "least", "merge_action", "national",
            "nchar", "none", "normalize", "nullif", "numeric", "out", "overlay", "position", "precision", "real",
            "row", "setof", "smallint", "substring", "time", "timestamp", "treat", "trim", "values", "varchar",
            "xmlattributes", "xmlconcat", "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse",
            "xmlpi", "xmlroot", "xmlserialize", "xmltable");

    private Identifiers() {
    }

    /** The name as PostgreSQL must read it: bare when possible, otherwise double-quoted. */
    public static String quote(String name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("empty identifier");
        }
        return needsQuotes(name) ? '"' + name.replace("\"", "\"\"") + '"' : name;
    }

    /** {@code schema.name}, each part quoted as needed. */
    public static String quote(QualifiedName name) {
        return name.schemaName().map(schema -> quote(schema) + ".").orElse("") + quote(name.name());
    }

    /** Whether the name must be quoted to be read back unchanged. */
    public static boolean needsQuotes(String name) {
        return !PLAIN.matcher(name).matches() || KEYWORDS.contains(name);
    }

    /** Whether the (lower-case) word is a keyword this class always quotes. */
    public static boolean isRestrictedKeyword(String word) {
        return KEYWORDS.contains(word);
    }
}

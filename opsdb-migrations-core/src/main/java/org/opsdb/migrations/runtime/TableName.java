package org.opsdb.migrations.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.opsdb.migrations.operations.Identifiers;

/**
 * The name of one of the tool's own tables (version or history table), optionally schema-qualified.
 *
 * @param schema schema, or {@code null} for the connection's search path
 * @param name   table name
 */
public record TableName(String schema, String name) {

    /** PostgreSQL's identifier length limit (NAMEDATALEN - 1): a longer name is silently truncated. */
    private static final int MAX_BYTES = 63;
    /** An identifier written without quotes: taken as written, case included (as Alembic takes its table name). */
    private static final Pattern BARE = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_$]*");
    private static final String FORMS = "expected NAME or SCHEMA.NAME (letters, digits, _ and $; a part in double"
            + " quotes may hold any other character)";

    /**
     * Parses a table setting: {@code name} or {@code schema.name}, each part bare (letters, digits, {@code _},
     * {@code $}, taken as written) or double-quoted ({@code ""} for a quote inside).
     *
     * @throws IllegalArgumentException with the reason only (the caller names the setting), for anything else
     */
    public static TableName parse(String text) {
        List<String> parts = parts(text);
        if (parts.size() > 2) {
            throw new IllegalArgumentException(FORMS);
        }
        return parts.size() == 1 ? new TableName(null, parts.get(0)) : new TableName(parts.get(0), parts.get(1));
    }

    /**
     * Parses a schema setting: one part, bare or double-quoted, as in {@link #parse}.
     *
     * @throws IllegalArgumentException with the reason only (the caller names the setting), for anything else
     */
    public static String parseSchema(String text) {
        List<String> parts = parts(text);
        if (parts.size() != 1) {
            throw new IllegalArgumentException("expected one schema name (letters, digits, _ and $; in double quotes"
                    + " any other character)");
        }
        return parts.get(0);
    }

    /** The dot-separated parts of {@code text}, unquoted. */
    private static List<String> parts(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("must not be blank");
        }
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (true) {
            StringBuilder part = new StringBuilder();
            if (i < text.length() && text.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw new IllegalArgumentException("a double quote is not closed");
                    }
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            i++;
                        } else {
                            break;
                        }
                    }
                    part.append(c);
                }
                if (part.isEmpty()) {
                    throw new IllegalArgumentException("a quoted part is empty");
                }
            } else {
                int end = text.indexOf('.', i);
                String bare = text.substring(i, end < 0 ? text.length() : end);
                if (!BARE.matcher(bare).matches()) {
                    throw new IllegalArgumentException(FORMS);
                }
                part.append(bare);
                i += bare.length();
            }
            if (part.toString().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
                throw new IllegalArgumentException("'" + part + "' is longer than PostgreSQL's " + MAX_BYTES
                        + "-byte limit for names");
            }
            parts.add(part.toString());
            if (i == text.length()) {
                return parts;
            }
            if (text.charAt(i) != '.') {
                throw new IllegalArgumentException(FORMS);
            }
            i++;
        }
    }

    /** Whether a schema is named. */
    public boolean qualified() {
        return schema != null && !schema.isBlank();
    }

    /** The same table name in {@code schema} ({@code null}: the search path). */
    public TableName inSchema(String schema) {
        return new TableName(schema, name);
    }

    /** The quoted, possibly qualified name for use in SQL. */
    public String sql() {
        return qualified() ? Identifiers.quote(schema) + "." + Identifiers.quote(name) : Identifiers.quote(name);
    }

    /** The same text as a SQL string literal, for {@code to_regclass}. */
    public String regclassLiteral() {
        return "'" + sql().replace("'", "''") + "'";
    }

    /** The name as messages show it: {@code schema.name}, a part quoted only when it must be. */
    @Override
    public String toString() {
        return sql();
    }
}

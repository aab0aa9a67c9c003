package org.opsdb.migrations.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A column's type as far as the rewrite rules need it: its base name with the aliases PostgreSQL accepts folded
 * to one ({@code character varying} is {@code varchar}, {@code decimal} is {@code numeric}), its modifiers
 * ({@code (10)}, {@code (12,2)}) and whether it is an array.
 *
 * @param base      the canonical base name
 * @param modifiers the type modifiers, empty without
 * @param array     whether it is an array type
 */
record ColumnType(String base, List<Integer> modifiers, boolean array) {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("character varying", "varchar"), Map.entry("char varying", "varchar"),
            Map.entry("character", "bpchar"), Map.entry("char", "bpchar"),
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("int8", "bigint"),
            Map.entry("int2", "smallint"), Map.entry("decimal", "numeric"), Map.entry("bool", "boolean"),
            Map.entry("float8", "double precision"), Map.entry("float4", "real"),
            Map.entry("timestamp without time zone", "timestamp"), Map.entry("timestamp with time zone", "timestamptz"),
            Map.entry("time without time zone", "time"), Map.entry("time with time zone", "timetz"),
            Map.entry("bit varying", "varbit"));


    /** Reads a type from its tokens ({@code character varying(10)}, {@code numeric(12, 2)[]}, ...), or null. */
    static ColumnType parse(List<SqlToken> tokens) {
        List<String> words = new ArrayList<>();
        List<Integer> modifiers = new ArrayList<>();
        boolean array = false;
        int i = 0;
        // a schema-qualified name: pg_catalog.varchar
        if (tokens.size() > 2 && tokens.get(1).isSymbol(".")) {
            i = 2;
        }
        for (; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            if (token.isName()) {
                words.add(token.text());
            } else if (token.isSymbol("(")) {
                int close = i + 1;
                while (close < tokens.size() && !tokens.get(close).isSymbol(")")) {
                    SqlToken modifier = tokens.get(close);
                    if (modifier.kind() == SqlToken.Kind.NUMBER) {
                        modifiers.add(Integer.parseInt(modifier.text()));
                    } else if (!modifier.isSymbol(",")) {
                        return null;
                    }
                    close++;
                }
                i = close;
            } else if (token.isSymbol("[") || token.isSymbol("]")) {
                array = true;
            } else {
                return null;
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        if (words.remove("array")) {
            array = true;
        }
        String base = String.join(" ", words);
        return new ColumnType(ALIASES.getOrDefault(base, base), List.copyOf(modifiers), array);
    }

    /**
     * Whether changing a column from this type to {@code target} keeps the table as it is (no rewrite and no
     * scan): the binary-coercible casts PostgreSQL skips the rewrite for. {@code utcSession} says the session
     * time zone is UTC, which makes timestamp to timestamptz free on PostgreSQL 12+.
     */
    boolean changesWithoutRewrite(ColumnType target, int serverVersion, boolean utcSession) {
        if (array != target.array) {
            return false;
        }
        if (equals(target)) {
            return true;
        }
        boolean unlimitedTarget = target.modifiers.isEmpty();
        return switch (base) {
            case "timestamp", "timestamptz", "time", "timetz", "interval" -> target.base.equals(base)
                    && (unlimitedTarget || target.modifiers.get(0) >= 6
                    || !modifiers.isEmpty() && target.modifiers.get(0) >= modifiers.get(0))
                    || base.equals("timestamp") && target.base.equals("timestamptz")
                    && modifiers.equals(target.modifiers) && utcSession && serverVersion >= 120000;
            case "varbit" -> target.base.equals("varbit") && (unlimitedTarget
                    || !modifiers.isEmpty() && target.modifiers.get(0) >= modifiers.get(0));
            case "varchar" -> target.base.equals("text")
                    || target.base.equals("varchar") && (unlimitedTarget
                    || !modifiers.isEmpty() && target.modifiers.get(0) >= modifiers.get(0));
            case "text" -> target.base.equals("varchar") && unlimitedTarget;
            case "numeric" -> target.base.equals("numeric") && (unlimitedTarget
                    || !modifiers.isEmpty() && target.modifiers.get(0) >= modifiers.get(0)
                    && scale() == target.scale());
            default -> false;
        };
    }

    private int scale() {
        return modifiers.size() > 1 ? modifiers.get(1) : 0;
    }

    /** The type as SQL. */
    String sql() {
        StringBuilder sql = new StringBuilder(base);
        if (!modifiers.isEmpty()) {
            sql.append('(').append(String.join(",", modifiers.stream().map(String::valueOf).toList())).append(')');
        }
        return array ? sql.append("[]").toString() : sql.toString();
    }
}

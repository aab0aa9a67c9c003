package org.opsdb.migrations.diff;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises type changes that can fail on existing rows or lose precision. */
final class TypeChanges {

    private static final Pattern VARCHAR = Pattern.compile("character varying\\((\\d+)\\)|varchar\\((\\d+)\\)");
    private static final Pattern NUMERIC = Pattern.compile("numeric\\((\\d+)(?:,\\s*(\\d+))?\\)");
    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");
    private static final List<String> FLOATS = List.of("real", "double precision");
    private static final Pattern FULL_FRACTIONAL_SECONDS = Pattern.compile("\\b(timestamp|time)\\(6\\)");

    private TypeChanges() {
    }

    /**
     * Whether the two spellings name the same type. They do when equal, and when they differ only in a
     * fractional-seconds precision of 6 on one side and none on the other ({@code timestamp(6) with time zone},
     * Hibernate's spelling, and {@code timestamptz}, a person's): 6 is PostgreSQL's largest precision, both store
     * the same values and PostgreSQL changes one into the other without rewriting the table. Reflection keeps
     * each spelling exactly, so scripts restore what was there.
     */
    static boolean sameType(String from, String to) {
        return from.equals(to) || FULL_FRACTIONAL_SECONDS.matcher(from).replaceAll("$1")
                .equals(FULL_FRACTIONAL_SECONDS.matcher(to).replaceAll("$1"));
    }

    /** Whether changing {@code from} to {@code to} may truncate, round or reject existing values. */
    static boolean isNarrowing(String from, String to) {
        Matcher fromVarchar = VARCHAR.matcher(from);
        Matcher toVarchar = VARCHAR.matcher(to);
        if (toVarchar.matches()) {
            return !fromVarchar.matches() || length(toVarchar) < length(fromVarchar);
        }
        Matcher fromNumeric = NUMERIC.matcher(from);
        Matcher toNumeric = NUMERIC.matcher(to);
        if (toNumeric.matches() && fromNumeric.matches()) {
            return precision(toNumeric, 1) < precision(fromNumeric, 1) || precision(toNumeric, 2) < precision(fromNumeric, 2);
        }
        if (INTEGERS.contains(from) && INTEGERS.contains(to)) {
            return INTEGERS.indexOf(to) < INTEGERS.indexOf(from);
        }
        if (FLOATS.contains(from) && FLOATS.contains(to)) {
            return FLOATS.indexOf(to) < FLOATS.indexOf(from);
        }
        if ((FLOATS.contains(from) || from.startsWith("numeric")) && INTEGERS.contains(to)) {
            return true;
        }
        return from.startsWith("timestamp") && to.equals("date");
    }

    private static int length(Matcher m) {
        return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
    }

    private static int precision(Matcher m, int group) {
        return m.group(group) == null ? 0 : Integer.parseInt(m.group(group));
    }
}

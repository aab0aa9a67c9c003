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

    private TypeChanges() {
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

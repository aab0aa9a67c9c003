package org.opsdb.benchmarks.harness;

import java.util.LinkedHashMap;
import java.util.Map;

/** A benchmark's {@code key=value} command-line arguments. */
public final class Arguments {

    private final Map<String, String> values;

    private Arguments(Map<String, String> values) {
        this.values = values;
    }

    /** The arguments {@code key=value}, in order; an argument without {@code =} is refused. */
    public static Arguments parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new IllegalStateException("argument '" + arg + "' is not key=value");
            }
            values.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return new Arguments(values);
    }

    /** The value of {@code key}; refused when missing. */
    public String required(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("missing setting " + key + "=...");
        }
        return value;
    }

    /** The value of {@code key}, or {@code fallback} when missing or empty. */
    public String get(String key, String fallback) {
        String value = values.get(key);
        return value == null || value.isEmpty() ? fallback : value;
    }

    /** The value of {@code key} as a positive number (underscores allowed: {@code 1_000_000}), or {@code fallback}. */
    public int positive(String key, int fallback) {
        String value = get(key, null);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.replace("_", ""));
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalStateException(key + "=" + value + " is not a positive whole number");
    }
}

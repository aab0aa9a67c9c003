package org.opsdb.migrations.operations;

import java.util.List;

/** Validation shared by the value types. */
final class Names {

    private Names() {
    }

    /** An immutable copy of {@code names}, refusing an empty list. */
    static List<String> nonEmpty(List<String> names, String what) {
        List<String> copy = List.copyOf(names);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return copy;
    }
}

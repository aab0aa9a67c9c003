package org.opsdb.migrations.operations;

import java.util.Optional;

/**
 * A change of one attribute to a new value ({@code to}, which may be {@code null}, e.g. "no default"), with the
 * previous value when it is known, so that the change can be reversed.
 *
 * @param from      the previous value (meaningful only when {@code fromKnown})
 * @param to        the new value
 * @param fromKnown whether {@code from} is known
 * @param <T>       the attribute type
 */
public record Change<T>(T from, T to, boolean fromKnown) {

    /** A change to {@code to} from an unknown previous value; not reversible. */
    public static <T> Change<T> to(T to) {
        return new Change<>(null, to, false);
    }

    /** A change from a known previous value; reversible. */
    public static <T> Change<T> between(T from, T to) {
        return new Change<>(from, to, true);
    }

    /** The change back, when the previous value is known. */
    public Optional<Change<T>> reverse() {
        return fromKnown ? Optional.of(between(to, from)) : Optional.empty();
    }

    /** This change with the previous value supplied. */
    public Change<T> from(T previous) {
        return between(previous, to);
    }
}

package org.opsdb.migrations.operations;

/**
 * A change of one attribute to a new value, which may be {@code null} (e.g. "no default"), as opposed to no
 * change at all (a {@code null} {@code Change}).
 *
 * @param to  the new value
 * @param <T> the attribute type
 */
public record Change<T>(T to) {

    /** A change to {@code to}. */
    public static <T> Change<T> to(T to) {
        return new Change<>(to);
    }
}

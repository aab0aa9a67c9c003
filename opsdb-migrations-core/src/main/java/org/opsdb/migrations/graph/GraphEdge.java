package org.opsdb.migrations.graph;

import java.util.Locale;
import java.util.Objects;

/**
 * An edge of the picture, from the older revision to the newer one.
 *
 * @param from the parent ({@code down_revision}) or the revision depended on
 * @param to   the child, or the revision whose {@code depends_on} names {@code from}
 * @param kind which of the two
 */
public record GraphEdge(String from, String to, Kind kind) {

    /** Checks the parts. */
    public GraphEdge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
    }

    /** The two kinds of edge of the revision graph. */
    public enum Kind {
        /** {@code to} names {@code from} as a down revision (every parent of a merge has one). */
        PARENT,
        /** {@code to} names {@code from} in its {@code depends_on}: drawn dashed. */
        DEPENDS_ON;

        /** {@code parent} or {@code depends_on}, as the actuator endpoint writes it. */
        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}

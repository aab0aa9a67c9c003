package org.opsdb.migrations.fleet;

import java.util.Comparator;
import java.util.Objects;
import org.opsdb.migrations.runtime.Secrets;

/**
 * One target of a fleet: a schema of the fleet's own database (its version and history tables in that schema, and
 * that schema the search path of its connections), or a database given by its JDBC URL (its tables where the
 * settings say, as for a single database).
 *
 * @param kind  a schema or a URL
 * @param value the schema's name as the catalog spells it, or the JDBC URL
 */
public record FleetTarget(Kind kind, String value) implements Comparable<FleetTarget> {

    /** The order of targets in a fleet: by kind, then by {@link #value()}; stable, so a share of it is too. */
    private static final Comparator<FleetTarget> ORDER = Comparator.comparing(FleetTarget::kind)
            .thenComparing(FleetTarget::value);

    /** What a target is. */
    public enum Kind {
        /** A schema of the fleet's database. */
        SCHEMA,
        /** A database given by its JDBC URL. */
        URL
    }

    /** Checks the value. */
    public FleetTarget {
        Objects.requireNonNull(kind, "kind");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A fleet target needs a " + (kind == Kind.SCHEMA ? "schema name"
                    : "JDBC URL"));
        }
    }

    /** The schema of this name in the fleet's database. */
    public static FleetTarget schema(String name) {
        return new FleetTarget(Kind.SCHEMA, name);
    }

    /** The database of this JDBC URL. */
    public static FleetTarget url(String url) {
        return new FleetTarget(Kind.URL, url);
    }

    /** The target as reports and messages show it: the schema's name, or the URL with any password masked. */
    public String name() {
        return kind == Kind.SCHEMA ? value : Secrets.mask(value);
    }

    @Override
    public int compareTo(FleetTarget other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return name();
    }
}

package org.opsdb.migrations.revision;

/** Which way a {@link Step} moves the schema. */
public enum Direction {
    /** Runs the revision's upgrade. */
    UP,
    /** Runs the revision's downgrade. */
    DOWN
}

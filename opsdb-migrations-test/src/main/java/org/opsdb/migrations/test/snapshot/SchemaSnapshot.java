package org.opsdb.migrations.test.snapshot;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A picture of a database schema as canonical text: one line per object, sorted, so that two snapshots of the same
 * schema are equal and {@link SchemaDifference#between} shows what changed. The kit's own is
 * {@link CatalogSnapshot}; the full {@code pg_catalog} reflection of the core can take its place later.
 */
@FunctionalInterface
public interface SchemaSnapshot {

    /**
     * Captures the schema of the database behind {@code connection}.
     *
     * @return the objects as canonical lines, sorted
     */
    List<String> capture(Connection connection) throws SQLException;
}

package org.opsdb.migrations.autoconfigure.init;

import org.opsdb.migrations.runtime.MigrationResult;

/**
 * Creates the whole schema from the entity model and stamps the head revision, optionally dropping the schema
 * first; typically {@code drop -> migrations.init(modelSource, drop)}. Define one as a bean to enable
 * {@link DatabaseInitService}.
 */
@FunctionalInterface
public interface SchemaInitializer {

    /** Initializes the schema; {@code drop} wipes it first. */
    MigrationResult initialize(boolean drop);
}

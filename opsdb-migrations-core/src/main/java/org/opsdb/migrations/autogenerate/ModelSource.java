package org.opsdb.migrations.autogenerate;

import org.opsdb.migrations.schema.SchemaModel;

/** Where the mapped model comes from (e.g. Hibernate's boot metadata, see {@code HibernateModelSource}). */
@FunctionalInterface
public interface ModelSource {

    /** The model the database should have. */
    SchemaModel load();
}

/** Reflection of a live PostgreSQL database into a {@link org.opsdb.migrations.schema.SchemaModel}, by bulk catalog queries. */
package org.opsdb.migrations.reflect;

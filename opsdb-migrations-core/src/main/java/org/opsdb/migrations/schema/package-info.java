/**
 * The schema model: one value type for a database schema, whether reflected from a live database or read from
 * the mapped entities, compared by {@code org.opsdb.migrations.diff}.
 */
package org.opsdb.migrations.schema;

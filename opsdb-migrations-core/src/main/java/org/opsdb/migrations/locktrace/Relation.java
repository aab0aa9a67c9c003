package org.opsdb.migrations.locktrace;

import org.opsdb.migrations.operations.QualifiedName;

/**
 * A table (or materialized view) that existed before a revision ran.
 *
 * @param oid      its {@code pg_class} oid
 * @param name     its schema and name
 * @param display  its name as {@code regclass} writes it: without the schema when the search path finds it
 * @param fillable whether rows can be inserted into it directly (a table or a partitioned table, not a partition)
 */
record Relation(long oid, QualifiedName name, String display, boolean fillable) {
}

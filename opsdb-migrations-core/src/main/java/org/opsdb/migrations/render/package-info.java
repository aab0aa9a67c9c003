/** Writes compared changes as migration scripts: a SQL file in the format of docs/sql-format.md or a Java {@code Migration}. */
package org.opsdb.migrations.render;

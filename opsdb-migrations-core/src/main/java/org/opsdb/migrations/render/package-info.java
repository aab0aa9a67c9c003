/** Writes compared changes as migration scripts: a SQL file in the DESIGN.md format or a Java {@code Migration}. */
package org.opsdb.migrations.render;

/**
 * Comparison of two {@link org.opsdb.migrations.schema.SchemaModel}s: ordered operations for the upgrade and the
 * downgrade, the differences in words, and warnings about changes that may lose data or fail on filled tables.
 */
package org.opsdb.migrations.diff;

/** Micrometer timers per revision. */
package org.opsdb.migrations.autoconfigure.metrics;

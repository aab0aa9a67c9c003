/** Actuator integration: the {@code migrations} endpoint and health indicator. */
package org.opsdb.migrations.autoconfigure.actuate;

/** The application's fleet: the schemas or databases the {@code opsdb.migrations.fleet.*} properties name. */
package org.opsdb.migrations.autoconfigure.fleet;

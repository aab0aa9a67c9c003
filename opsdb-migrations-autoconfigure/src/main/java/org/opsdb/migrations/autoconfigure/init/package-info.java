/** The {@code init} command: schema from the entity model on a fresh database, guarded in production. */
package org.opsdb.migrations.autoconfigure.init;

/**
 * Environment post-processors: connection settings from the ops-db environment variables, in place of dynaconf;
 * Hibernate's connection-info log line (which quotes the JDBC URL) kept out of the log.
 */
package org.opsdb.migrations.autoconfigure.env;

/** Environment post-processors: Hibernate's connection-info log line (which quotes the JDBC URL) kept out of the log. */
package org.opsdb.migrations.autoconfigure.env;

/**
 * A real PostgreSQL for tests: one shared server per JVM ({@link org.opsdb.migrations.testdb.PostgresServer}) and a
 * fresh database per test class ({@link org.opsdb.migrations.testdb.TestDatabase},
 * {@link org.opsdb.migrations.testdb.FreshDatabase}).
 *
 * <p>The server is found in this order: the superuser JDBC URL in the environment variable
 * {@code OPSDB_TEST_JDBC_URL} (or the system property {@code opsdb.test.jdbc-url}); a Testcontainers
 * {@code postgres:16} container when a Docker engine answers; otherwise an embedded PostgreSQL started from
 * zonky's binaries on Maven Central (run as an unprivileged user when the JVM runs as root).
 */
package org.opsdb.migrations.testdb;

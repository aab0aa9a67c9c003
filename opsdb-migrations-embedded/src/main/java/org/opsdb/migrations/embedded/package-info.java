/**
 * PostgreSQL from zonky's binaries on Maven Central, with nothing to install: {@link
 * org.opsdb.migrations.embedded.EmbeddedPostgresServer} starts it in a temporary directory (tests) or a persistent
 * data directory (a demo or a developer's service), also when the JVM runs as root.
 */
package org.opsdb.migrations.embedded;

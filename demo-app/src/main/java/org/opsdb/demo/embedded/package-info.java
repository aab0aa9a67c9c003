/** The demo's default database: an embedded PostgreSQL in a local data directory, started before the context. */
package org.opsdb.demo.embedded;

/**
 * The console benchmark (docs/benchmarks.md, "Console"): the standalone console's one-shot commands against Alembic
 * 1.8's on the same revisions and database server, and the console inside a service against that service's boot.
 */
package org.opsdb.benchmarks.harness.console;

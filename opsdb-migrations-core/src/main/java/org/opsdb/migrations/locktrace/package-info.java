/**
 * Observed locks: {@link org.opsdb.migrations.locktrace.LockTracer} runs revisions on a real, empty PostgreSQL with
 * rows in the tables they touch, statement by statement through the runtime, and records from {@code pg_locks}, the
 * catalog and the statistics the lock each statement holds on each pre-existing table, whether it rewrote or scanned
 * it, and how long the lock was held; {@link org.opsdb.migrations.locktrace.LockTrace} renders the report (text and
 * Markdown) and checks it ({@code lock-held-across-scan}).
 */
package org.opsdb.migrations.locktrace;

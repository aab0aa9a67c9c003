/**
 * Fleets: one command ({@code upgrade}, {@code downgrade}, {@code current}) run on many targets, schemas of one
 * database or databases given by JDBC URL, each a {@link org.opsdb.migrations.Migrations} of its own over the same
 * scripts, with bounded concurrency, a canary step, a failure policy, a per-target timeout, progress and a report
 * ({@link org.opsdb.migrations.fleet.Fleet}), and one stable share of the targets per process
 * ({@link org.opsdb.migrations.fleet.FleetShard}). No Spring.
 */
package org.opsdb.migrations.fleet;

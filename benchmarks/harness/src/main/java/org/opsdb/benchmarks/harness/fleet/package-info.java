/**
 * The fleet benchmark (docs/benchmarks.md, "Fleet"): one command over a thousand tenant schemas of one PostgreSQL,
 * ours ({@code fleet upgrade head} of the console and the core Fleet API) against Flyway's API called in a loop and
 * Liquibase's {@code MultiTenantSpringLiquibase}, each on fresh schemas of the same server.
 */
package org.opsdb.benchmarks.harness.fleet;

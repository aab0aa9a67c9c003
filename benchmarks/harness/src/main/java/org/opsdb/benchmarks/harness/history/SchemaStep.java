package org.opsdb.benchmarks.harness.history;

/**
 * One revision of the generated history: the same change written in every tool's format.
 *
 * @param number    1-based position in the history
 * @param message   what it does, e.g. {@code create table t3}
 * @param upgrade   the SQL that applies it (one statement, no trailing semicolon)
 * @param downgrade the SQL that reverses it (one statement, no trailing semicolon)
 */
public record SchemaStep(int number, String message, String upgrade, String downgrade) {
}

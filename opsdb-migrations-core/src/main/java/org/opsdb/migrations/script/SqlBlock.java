package org.opsdb.migrations.script;

/**
 * A run of SQL inside an {@code -- upgrade} or {@code -- downgrade} section.
 *
 * @param sql                the text, lines joined with {@code \n}
 * @param firstLine          the 1-based line of the file the text starts on
 * @param outsideTransaction whether the block sits between {@code -- outside-transaction} and
 *                           {@code -- end-outside-transaction}
 */
public record SqlBlock(String sql, int firstLine, boolean outsideTransaction) {
}

package org.opsdb.migrations.operations;

import java.util.Objects;

/**
 * Fills a column's NULL rows with {@code expression} in batches of {@code batchSize} rows, each batch committed on
 * its own, so that no row stays locked for long and the table is never rewritten: the backfill of a column added
 * without its volatile default ({@code clock_timestamp()}, {@code gen_random_uuid()}, …) to a table that exists.
 * It commits, so it runs only in an {@link OutsideTransaction} block (PostgreSQL 11+); it touches only NULL rows,
 * so it can run again after a failure. It ends when no NULL row is left, or when a batch filled none (an
 * expression that gives NULL).
 *
 * @param table      the table
 * @param column     the column to fill
 * @param expression the SQL expression computed for each row, e.g. {@code clock_timestamp()}
 * @param batchSize  rows per batch (and transaction), at least 1
 */
public record BackfillColumn(QualifiedName table, String column, String expression, int batchSize)
        implements MigrationOperation {

    /** The batch size autogenerate writes. */
    public static final int DEFAULT_BATCH_SIZE = 10_000;

    /** Validates the parts. */
    public BackfillColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(expression, "expression");
        if (batchSize < 1) {
            throw new IllegalArgumentException("backfill of " + column + ": the batch size must be at least 1, was "
                    + batchSize);
        }
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.backfillColumn(this);
    }
}

package org.opsdb.migrations.operations;

import java.util.List;

/**
 * Operations that run outside the revision's transaction, each statement in a transaction of its own
 * ({@link Operations#outsideTransaction}; in a SQL script, between {@code -- outside-transaction} and
 * {@code -- end-outside-transaction}): {@code CREATE INDEX CONCURRENTLY}, {@code DROP INDEX CONCURRENTLY},
 * {@code VALIDATE CONSTRAINT} after a {@code NOT VALID} constraint. What ran before the block is committed first.
 *
 * @param operations the operations of the block, in order; none of them a block itself
 */
public record OutsideTransaction(List<MigrationOperation> operations) implements MigrationOperation {

    /** Copies and checks the operations. */
    public OutsideTransaction {
        operations = List.copyOf(operations);
        if (operations.isEmpty()) {
            throw new IllegalArgumentException("an outside-transaction block needs at least one operation");
        }
        if (operations.stream().anyMatch(OutsideTransaction.class::isInstance)) {
            throw new IllegalArgumentException("outside-transaction blocks do not nest");
        }
    }

    /** A block of these operations. */
    public static OutsideTransaction of(MigrationOperation... operations) {
        return new OutsideTransaction(List.of(operations));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.outsideTransaction(this);
    }
}

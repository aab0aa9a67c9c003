package org.opsdb.migrations.operations;

/** The operations API handed to migrations (placeholder; filled by the operations work). */
public interface Operations {

    /** Executes raw SQL. */
    void execute(String sql);

    /** Runs {@code block} outside the migration's transaction (placeholder default: runs it in place). */
    default void outsideTransaction(java.util.function.Consumer<Operations> block) {
        block.accept(this);
    }
}

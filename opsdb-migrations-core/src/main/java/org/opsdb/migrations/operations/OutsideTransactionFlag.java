package org.opsdb.migrations.operations;

/**
 * Whether a recording {@link SqlSink} is inside an {@code op.outsideTransaction} block: for sinks that note where each
 * statement ran (the lint, the lock trace) rather than run it. Blocks nest; leaving the inner one restores the outer
 * state.
 */
public final class OutsideTransactionFlag {

    private boolean outside;

    /** True while a block given to {@link #runOutside(Runnable)} runs. */
    public boolean outside() {
        return outside;
    }

    /** Runs {@code block} with the flag set, then puts the flag back as it was. */
    public void runOutside(Runnable block) {
        boolean was = outside;
        outside = true;
        try {
            block.run();
        } finally {
            outside = was;
        }
    }
}

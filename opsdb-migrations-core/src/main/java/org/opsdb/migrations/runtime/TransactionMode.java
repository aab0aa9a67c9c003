package org.opsdb.migrations.runtime;

/** How revisions are grouped into transactions. */
public enum TransactionMode {

    /** One transaction per revision (the default): a failure leaves the database at the previous revision. */
    PER_REVISION,

    /** One transaction for the whole run: a failure leaves the database where the run started. */
    SINGLE
}

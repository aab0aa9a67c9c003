package org.opsdb.migrations.operations;

/** The operations API handed to migrations (placeholder; filled by the operations work). */
public interface Operations {

    /** Executes raw SQL. */
    void execute(String sql);
}

package org.opsdb.migrations.locktrace;

/**
 * A pre-existing table as one traced statement left it: one row of the report.
 *
 * @param table      the table, as {@code regclass} names it before the revision
 * @param mode       the strongest lock the migrator held on it after the statement (for a statement that ran in
 *                   auto-commit, while it ran); null when none was seen
 * @param taken      whether this statement took that mode (else an earlier statement of the transaction did)
 * @param takenAt    the line (or, without one, the 1-based position) of the statement that took it
 * @param rewritten  whether the statement gave the table a new file ({@code pg_class.relfilenode} changed)
 * @param rowsRead   the rows the statement read from the table, by sequential scan or through an index
 * @param heldMillis how long the lock was held: from the start of the statement that took it to the commit that
 *                   released it (for an auto-commit statement, its own end)
 */
public record TableLock(String table, LockMode mode, boolean taken, int takenAt, boolean rewritten, long rowsRead,
                        long heldMillis) {

    /** Rows read beyond this many count as a scan: one is a lookup (a foreign key check, a row by its key). */
    static final long LOOKUP_ROWS = 1;

    /** Whether the statement scanned the table (read more than one row of it). */
    public boolean scanned() {
        return rowsRead > LOOKUP_ROWS;
    }
}

package org.opsdb.migrations.locktrace;

import java.util.Locale;

/**
 * PostgreSQL's table lock modes, weakest first, as {@code pg_locks.mode} names them ({@code AccessExclusiveLock}) and
 * as the documentation and the report write them ({@code ACCESS EXCLUSIVE}).
 */
public enum LockMode {

    /** {@code SELECT}: conflicts with ACCESS EXCLUSIVE only. */
    ACCESS_SHARE("AccessShareLock"),
    /** {@code SELECT … FOR UPDATE}, a foreign key's referenced table on some statements. */
    ROW_SHARE("RowShareLock"),
    /** {@code INSERT}, {@code UPDATE}, {@code DELETE}. */
    ROW_EXCLUSIVE("RowExclusiveLock"),
    /** {@code VACUUM}, {@code CREATE INDEX CONCURRENTLY}, {@code VALIDATE CONSTRAINT}: reads and writes go on. */
    SHARE_UPDATE_EXCLUSIVE("ShareUpdateExclusiveLock"),
    /** {@code CREATE INDEX}: blocks writes. */
    SHARE("ShareLock"),
    /** {@code ADD FOREIGN KEY}, {@code CREATE TRIGGER}: blocks writes. */
    SHARE_ROW_EXCLUSIVE("ShareRowExclusiveLock"),
    /** {@code REFRESH MATERIALIZED VIEW CONCURRENTLY}: blocks writes and row locks. */
    EXCLUSIVE("ExclusiveLock"),
    /** Most {@code ALTER TABLE} forms, {@code DROP}, {@code TRUNCATE}: blocks reads and writes. */
    ACCESS_EXCLUSIVE("AccessExclusiveLock");

    private final String pgName;

    LockMode(String pgName) {
        this.pgName = pgName;
    }

    /** The mode named {@code pgName} as in {@code pg_locks.mode}, or null for a mode that is not a table lock. */
    static LockMode fromPgLocks(String pgName) {
        for (LockMode mode : values()) {
            if (mode.pgName.equals(pgName)) {
                return mode;
            }
        }
        return null;
    }

    /** Whether the mode blocks {@code INSERT}, {@code UPDATE} and {@code DELETE} (SHARE and stronger). */
    public boolean blocksWrites() {
        return compareTo(SHARE) >= 0;
    }

    /** The stronger of this mode and {@code other} (which may be null). */
    LockMode max(LockMode other) {
        return other == null || compareTo(other) >= 0 ? this : other;
    }

    /** {@code ACCESS EXCLUSIVE}, as the documentation writes it. */
    @Override
    public String toString() {
        return name().replace('_', ' ').toUpperCase(Locale.ROOT);
    }
}

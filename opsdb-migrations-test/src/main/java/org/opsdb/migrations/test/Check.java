package org.opsdb.migrations.test;

/** One standard check's logic; fails by throwing {@link MigrationCheckFailure} (or a skip). */
interface Check {

    /** Runs the check in a session. */
    void run(CheckSession session);
}

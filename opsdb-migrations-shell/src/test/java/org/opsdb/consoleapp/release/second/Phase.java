package org.opsdb.consoleapp.release.second;

/** The phase of an observation; stored in the native PostgreSQL enum type {@code phase}. */
public enum Phase {
    PLANNED, RUNNING, DONE
}

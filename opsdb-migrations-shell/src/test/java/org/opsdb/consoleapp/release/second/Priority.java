package org.opsdb.consoleapp.release.second;

/** The priority of an observation; the native PostgreSQL enum type {@code priority}, NORMAL renamed MEDIUM. */
public enum Priority {
    LOW, MEDIUM, HIGH
}

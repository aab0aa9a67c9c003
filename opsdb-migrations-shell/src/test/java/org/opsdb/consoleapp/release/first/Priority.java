package org.opsdb.consoleapp.release.first;

/** The priority of an observation; the native PostgreSQL enum type {@code priority}. */
public enum Priority {
    LOW, NORMAL, HIGH
}

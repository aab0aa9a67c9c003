package org.opsdb.consoleapp.release.first;

/** The phase of an observation; stored as its name in a varchar column. */
public enum Phase {
    PLANNED, RUNNING, DONE
}

package org.opsdb.migrations.autogenerate.checkmeaning.v2;

/** The state of a run. */
public enum RunStatus {
    RUNNING, DONE, FAILED
}

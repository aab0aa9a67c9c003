package org.opsdb.migrations.autogenerate.checkmeaning.v1;

/** The state of a run. */
public enum RunStatus {
    RUNNING, DONE, FAILED
}

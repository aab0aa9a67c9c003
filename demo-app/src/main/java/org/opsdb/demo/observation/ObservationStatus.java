package org.opsdb.demo.observation;

/** The state of an executed observation; the PostgreSQL enum type {@code observationstatus}, labels in this order. */
public enum ObservationStatus {
    PLANNED, RUNNING, COMPLETED, FAILED, ABORTED
}

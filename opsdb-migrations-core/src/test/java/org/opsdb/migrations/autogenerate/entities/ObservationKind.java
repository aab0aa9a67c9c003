package org.opsdb.migrations.autogenerate.entities;

/** Stored as varchar: Hibernate adds its own CHECK constraint. */
public enum ObservationKind {
    SCIENCE, CALIBRATION
}

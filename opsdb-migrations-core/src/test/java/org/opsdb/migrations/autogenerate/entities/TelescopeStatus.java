package org.opsdb.migrations.autogenerate.entities;

/** Declared out of alphabetical order on purpose: the enum type must keep this order. */
public enum TelescopeStatus {
    PLANNED, OPERATIONAL, MAINTENANCE, DECOMMISSIONED
}

package org.opsdb.migrations.autogenerate.shop;

/** Stored by name. */
public enum CustomerStatus { ACTIVE, SUSPENDED, CLOSED }

package org.opsdb.migrations.autogenerate.shop;

/** Stored by ordinal. */
public enum Tier { BRONZE, SILVER, GOLD }

package org.opsdb.migrations.autogenerate.shop;

/** Stored by name. */
public enum PaymentMethod { CARD, TRANSFER }

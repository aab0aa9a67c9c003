package org.opsdb.migrations.autogenerate.shop;

/** Stored by name. */
public enum OrderStatus { NEW, PAID, SHIPPED, CANCELLED }

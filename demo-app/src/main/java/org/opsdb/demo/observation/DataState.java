package org.opsdb.demo.observation;

/** Where a raw data file is in its life; the PostgreSQL enum type {@code datastate}, labels in this order. */
public enum DataState {
    CREATED, TRANSFERRING, ARCHIVED, DELETED
}

package org.opsdb.migrations.operations;

/** Something listed inside {@code CREATE TABLE (...)}: a {@link Column} or a {@link TableConstraint}. */
public interface TableElement {
}

package org.opsdb.migrations.diff;

/** The phases of a migration, in execution order; each operation of a comparison belongs to one. */
enum DiffPhase {
    SCHEMAS,
    TYPES,
    SEQUENCES,
    /** First among the table phases: every later phase names tables (and their keys) by their new names. */
    RENAME_TABLES,
    DROP_FOREIGN_KEYS,
    DROP_CONSTRAINTS,
    DROP_TABLES,
    CREATE_TABLES,
    COLUMNS,
    ADD_CONSTRAINTS,
    ADD_FOREIGN_KEYS,
    /** UNIQUE and PRIMARY KEY constraints taking over the unique indexes built concurrently before. */
    ATTACH_INDEXES,
    SEQUENCE_OWNERS,
    DROP_SEQUENCES,
    DROP_DOMAINS,
    DROP_TYPES,
    DROP_SCHEMAS
}

package org.opsdb.migrations.diff;

/** The phases of a migration, in execution order; each operation of a comparison belongs to one. */
final class DiffPhase {

    static final int SCHEMAS = 0;
    static final int TYPES = 1;
    static final int SEQUENCES = 2;
    /** First among the table phases: every later phase names tables (and their keys) by their new names. */
    static final int RENAME_TABLES = 3;
    static final int DROP_FOREIGN_KEYS = 4;
    static final int DROP_CONSTRAINTS = 5;
    static final int DROP_TABLES = 6;
    static final int CREATE_TABLES = 7;
    static final int COLUMNS = 8;
    static final int ADD_CONSTRAINTS = 9;
    static final int ADD_FOREIGN_KEYS = 10;
    static final int SEQUENCE_OWNERS = 11;
    static final int DROP_SEQUENCES = 12;
    static final int DROP_DOMAINS = 13;
    static final int DROP_TYPES = 14;
    static final int DROP_SCHEMAS = 15;
    static final int COUNT = 16;

    private DiffPhase() {
    }
}

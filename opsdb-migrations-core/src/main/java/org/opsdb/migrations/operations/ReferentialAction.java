package org.opsdb.migrations.operations;

/** What a foreign key does when the referenced row is deleted or updated. */
public enum ReferentialAction {
    /** {@code NO ACTION} (PostgreSQL's default). */
    NO_ACTION("NO ACTION"),
    /** {@code RESTRICT}. */
    RESTRICT("RESTRICT"),
    /** {@code CASCADE}. */
    CASCADE("CASCADE"),
    /** {@code SET NULL}. */
    SET_NULL("SET NULL"),
    /** {@code SET DEFAULT}. */
    SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    /** The SQL keywords. */
    public String sql() {
        return sql;
    }
}

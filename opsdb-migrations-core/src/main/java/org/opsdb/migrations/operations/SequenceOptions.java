package org.opsdb.migrations.operations;

/**
 * Options of {@code CREATE/ALTER SEQUENCE}; every {@code null} option is left out of the statement.
 *
 * @param dataType  {@code AS type} ({@code smallint}, {@code integer}, {@code bigint})
 * @param start     {@code START WITH}
 * @param increment {@code INCREMENT BY}
 * @param minValue  {@code MINVALUE}
 * @param maxValue  {@code MAXVALUE}
 * @param cache     {@code CACHE}
 * @param cycle     {@code CYCLE} or {@code NO CYCLE}
 * @param ownedBy   {@code OWNED BY table.column}
 */
public record SequenceOptions(String dataType, Long start, Long increment, Long minValue, Long maxValue,
                              Long cache, Boolean cycle, ColumnRef ownedBy) {

    /**
     * The owner that means {@code OWNED BY NONE} (the sequence no longer belongs to a column). It stands for no
     * column: {@code pg_catalog.none} has no column {@code none}.
     */
    public static final ColumnRef NO_OWNER = new ColumnRef(QualifiedName.of("pg_catalog", "none"), "none");

    /** No options: PostgreSQL's defaults. */
    public static final SequenceOptions DEFAULTS = new SequenceOptions(null, null, null, null, null, null, null, null);

    /** With {@code AS type}. */
    public SequenceOptions dataType(String type) {
        return new SequenceOptions(type, start, increment, minValue, maxValue, cache, cycle, ownedBy);
    }

    /** With {@code START WITH}. */
    public SequenceOptions start(long value) {
        return new SequenceOptions(dataType, value, increment, minValue, maxValue, cache, cycle, ownedBy);
    }

    /** With {@code INCREMENT BY}. */
    public SequenceOptions increment(long value) {
        return new SequenceOptions(dataType, start, value, minValue, maxValue, cache, cycle, ownedBy);
    }

    /** With {@code MINVALUE}. */
    public SequenceOptions minValue(long value) {
        return new SequenceOptions(dataType, start, increment, value, maxValue, cache, cycle, ownedBy);
    }

    /** With {@code MAXVALUE}. */
    public SequenceOptions maxValue(long value) {
        return new SequenceOptions(dataType, start, increment, minValue, value, cache, cycle, ownedBy);
    }

    /** With {@code CACHE}. */
    public SequenceOptions cache(long value) {
        return new SequenceOptions(dataType, start, increment, minValue, maxValue, value, cycle, ownedBy);
    }

    /** With {@code CYCLE} ({@code true}) or {@code NO CYCLE} ({@code false}). */
    public SequenceOptions cycle(boolean value) {
        return new SequenceOptions(dataType, start, increment, minValue, maxValue, cache, value, ownedBy);
    }

    /** With {@code OWNED BY table.column}; {@code table} may be {@code schema.table}. */
    public SequenceOptions ownedBy(String table, String column) {
        return new SequenceOptions(dataType, start, increment, minValue, maxValue, cache, cycle,
                ColumnRef.of(table, column));
    }

    /** With {@code OWNED BY NONE}. */
    public SequenceOptions ownedByNone() {
        return new SequenceOptions(dataType, start, increment, minValue, maxValue, cache, cycle, NO_OWNER);
    }
}

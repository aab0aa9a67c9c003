package org.opsdb.migrations.operations;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] name ON table [USING method] (keys) [WHERE ...]}.
 * The index lives in its table's schema. {@code CONCURRENTLY} must run outside a transaction
 * (see {@link Operations#outsideTransaction}).
 *
 * @param name         index name
 * @param table        indexed table
 * @param elements     index keys
 * @param isUnique     {@code UNIQUE}
 * @param method       access method ({@code btree}, {@code gin}, {@code brin}, ...), or {@code null}
 * @param where        partial-index predicate (SQL), or {@code null}
 * @param isConcurrent {@code CONCURRENTLY}
 * @param ifNotExists  {@code IF NOT EXISTS}
 * @param include      non-key columns of {@code INCLUDE (...)}, possibly empty
 */
public record CreateIndex(String name, QualifiedName table, List<IndexElement> elements, boolean isUnique,
                          String method, String where, boolean isConcurrent, boolean ifNotExists,
                          List<String> include)
        implements MigrationOperation {

    /** Copies and validates the definition. */
    public CreateIndex {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        elements = List.copyOf(elements);
        include = include == null ? List.of() : List.copyOf(include);
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " has no keys");
        }
    }

    /** An index without {@code INCLUDE} columns. */
    public CreateIndex(String name, QualifiedName table, List<IndexElement> elements, boolean isUnique,
                       String method, String where, boolean isConcurrent, boolean ifNotExists) {
        this(name, table, elements, isUnique, method, where, isConcurrent, ifNotExists, List.of());
    }

    /** This index with {@code INCLUDE (columns)}. */
    public CreateIndex include(String... columns) {
        return new CreateIndex(name, table, elements, isUnique, method, where, isConcurrent, ifNotExists,
                List.of(columns));
    }

    /** A plain index; keys are parsed with {@link IndexElement#parse}; {@code table} may be {@code schema.table}. */
    public static CreateIndex of(String name, String table, String... keys) {
        return new CreateIndex(name, QualifiedName.parse(table),
                Arrays.stream(keys).map(IndexElement::parse).toList(), false, null, null, false, false, List.of());
    }

    /** This index as {@code UNIQUE}. */
    public CreateIndex unique() {
        return new CreateIndex(name, table, elements, true, method, where, isConcurrent, ifNotExists, include);
    }

    /** This index with an access method, e.g. {@code gin}. */
    public CreateIndex using(String accessMethod) {
        return new CreateIndex(name, table, elements, isUnique, accessMethod, where, isConcurrent, ifNotExists, include);
    }

    /** This index as a partial index. */
    public CreateIndex where(String predicate) {
        return new CreateIndex(name, table, elements, isUnique, method, predicate, isConcurrent, ifNotExists, include);
    }

    /** This index built {@code CONCURRENTLY}. */
    public CreateIndex concurrently() {
        return new CreateIndex(name, table, elements, isUnique, method, where, true, ifNotExists, include);
    }

    /** This statement with {@code IF NOT EXISTS}. */
    public CreateIndex withIfNotExists() {
        return new CreateIndex(name, table, elements, isUnique, method, where, isConcurrent, true, include);
    }

    /** The index's own qualified name (in the table's schema). */
    public QualifiedName indexName() {
        return table.withName(name);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createIndex(this);
    }
}

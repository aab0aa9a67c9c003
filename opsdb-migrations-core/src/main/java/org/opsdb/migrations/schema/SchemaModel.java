package org.opsdb.migrations.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.opsdb.migrations.operations.QualifiedName;

/**
 * One database schema (or several) as a value: tables, enum types, domains and free-standing sequences, sorted by name
 * so that two models of the same schema are equal and everything derived from them is deterministic.
 * Objects in the default schema ({@code public}) have an unqualified name (schema {@code null}).
 *
 * @param schemas   the non-default schemas the model's objects live in
 * @param tables    the tables
 * @param enums     the enum types
 * @param sequences the sequences that are not owned by a serial column
 * @param domains   the domains
 */
public record SchemaModel(List<String> schemas, List<TableModel> tables, List<EnumType> enums,
                          List<SequenceModel> sequences, List<DomainType> domains) {

    /** Orders names with the default schema first. */
    public static final Comparator<QualifiedName> NAME_ORDER = Comparator
            .comparing((QualifiedName n) -> n.schema() == null ? "" : n.schema()).thenComparing(QualifiedName::name);

    /** An empty model. */
    public static final SchemaModel EMPTY = new SchemaModel(List.of(), List.of(), List.of(), List.of());

    /** Copies and sorts the parts. */
    public SchemaModel {
        schemas = schemas.stream().sorted().distinct().toList();
        tables = tables.stream().sorted(Comparator.comparing(TableModel::name, NAME_ORDER)).toList();
        enums = enums.stream().sorted(Comparator.comparing(EnumType::name, NAME_ORDER)).toList();
        sequences = sequences.stream().sorted(Comparator.comparing(SequenceModel::name, NAME_ORDER)).toList();
        domains = domains.stream().sorted(Comparator.comparing(DomainType::name, NAME_ORDER)).toList();
    }

    /** A model without domains. */
    public SchemaModel(List<String> schemas, List<TableModel> tables, List<EnumType> enums,
                       List<SequenceModel> sequences) {
        this(schemas, tables, enums, sequences, List.of());
    }

    /** This model with other tables. */
    public SchemaModel withTables(List<TableModel> otherTables) {
        return new SchemaModel(schemas, otherTables, enums, sequences, domains);
    }

    /** This model with other domains. */
    public SchemaModel withDomains(List<DomainType> otherDomains) {
        return new SchemaModel(schemas, tables, enums, sequences, otherDomains);
    }

    /** The domain of that name. */
    public Optional<DomainType> domain(QualifiedName name) {
        return domains.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** The table of that name. */
    public Optional<TableModel> table(QualifiedName name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The enum type of that name. */
    public Optional<EnumType> enumType(QualifiedName name) {
        return enums.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** Whether the model holds nothing. */
    public boolean isEmpty() {
        return tables.isEmpty() && enums.isEmpty() && sequences.isEmpty() && domains.isEmpty();
    }
}

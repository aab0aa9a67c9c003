package org.opsdb.migrations.autogenerate;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opsdb.migrations.operations.Identifiers;
import org.opsdb.migrations.operations.CheckConstraint;
import org.opsdb.migrations.operations.ColumnRef;
import org.opsdb.migrations.operations.CreateIndex;
import org.opsdb.migrations.operations.ForeignKeyConstraint;
import org.opsdb.migrations.operations.IndexElement;
import org.opsdb.migrations.operations.QualifiedName;
import org.opsdb.migrations.operations.SequenceOptions;
import org.opsdb.migrations.schema.DomainType;
import org.opsdb.migrations.schema.EnumType;
import org.opsdb.migrations.schema.SchemaModel;
import org.opsdb.migrations.schema.SequenceModel;
import org.opsdb.migrations.schema.TableModel;

/**
 * Moves a model from some schemas to others: every qualified name (tables, referenced tables, indexes, enum types,
 * domains, sequences and their owners) and every column or domain type written {@code schema.type} that names one
 * of the model's own enum types or domains in a mapped schema. Names in the default schema ({@code null}) stay
 * unqualified.
 */
final class SchemaMapping {

    private final Map<String, String> schemas;
    private final boolean inExpressions;

    private SchemaMapping(Map<String, String> schemas, boolean inExpressions) {
        this.schemas = Map.copyOf(schemas);
        this.inExpressions = inExpressions;
    }

    /** The mapping of each key schema to its value. */
    static SchemaMapping of(Map<String, String> schemas) {
        return new SchemaMapping(schemas, false);
    }

    /**
     * The inverse mapping, which also rewrites {@code scratch.} in defaults, checks and index expressions (as in
     * {@code 'calm'::scratch_1.mood}): scratch schema names are unique enough to be replaced as text.
     */
    SchemaMapping inverse() {
        Map<String, String> inverse = new LinkedHashMap<>();
        schemas.forEach((from, to) -> inverse.put(to, from));
        return new SchemaMapping(inverse, true);
    }

    /** {@code model} with its schemas mapped. */
    SchemaModel apply(SchemaModel model) {
        Set<QualifiedName> types = new HashSet<>();
        model.enums().forEach(e -> types.add(e.name()));
        model.domains().forEach(d -> types.add(d.name()));
        List<String> mappedSchemas = model.schemas().stream().map(this::schema).toList();
        List<TableModel> tables = model.tables().stream().map(t -> table(t, types)).toList();
        List<EnumType> enums = model.enums().stream().map(e -> new EnumType(name(e.name()), e.labels())).toList();
        List<SequenceModel> sequences = model.sequences().stream()
                .map(s -> new SequenceModel(name(s.name()), options(s.options()))).toList();
        List<DomainType> domains = model.domains().stream().map(d -> new DomainType(name(d.name()),
                type(d.dataType(), types), d.notNull(), expression(d.serverDefault()), checks(d.checks()))).toList();
        return new SchemaModel(mappedSchemas, tables, enums, sequences, domains);
    }

    private TableModel table(TableModel table, Set<QualifiedName> types) {
        QualifiedName name = name(table.name());
        return new TableModel(name, table.columns().stream().map(c -> c.type(type(c.type(), types))
                .serverDefault(expression(c.serverDefault()))).toList(), table.primaryKey(), table.uniques(),
                checks(table.checks()), table.foreignKeys().stream().map(this::foreignKey).toList(),
                table.indexes().stream().map(ix -> new CreateIndex(ix.name(), name, ix.elements().stream()
                        .map(e -> new IndexElement(expression(e.text()), e.expression(), e.ordering())).toList(),
                        ix.isUnique(), ix.method(), expression(ix.where()), ix.isConcurrent(), ix.ifNotExists(),
                        ix.include())).toList(),
                table.comment());
    }

    private List<CheckConstraint> checks(List<CheckConstraint> checks) {
        return checks.stream().map(c -> new CheckConstraint(c.name(), expression(c.expression()))).toList();
    }

    /** The expression with {@code from.} replaced by {@code to.} for each schema, when mapping back from scratch. */
    private String expression(String expression) {
        if (!inExpressions || expression == null) {
            return expression;
        }
        String out = expression;
        for (Map.Entry<String, String> entry : schemas.entrySet()) {
            out = out.replace(entry.getKey() + ".", Identifiers.quote(entry.getValue()) + ".");
        }
        return out;
    }

    private ForeignKeyConstraint foreignKey(ForeignKeyConstraint fk) {
        return new ForeignKeyConstraint(fk.name(), fk.columns(), name(fk.referencedTable()), fk.referencedColumns(),
                fk.onDelete(), fk.onUpdate(), fk.isDeferrable(), fk.isInitiallyDeferred());
    }

    private SequenceOptions options(SequenceOptions options) {
        ColumnRef owner = options.ownedBy();
        if (owner == null || owner.table() == null) {
            return options;
        }
        return new SequenceOptions(options.dataType(), options.start(), options.increment(), options.minValue(),
                options.maxValue(), options.cache(), options.cycle(), new ColumnRef(name(owner.table()),
                owner.column()));
    }

    private QualifiedName name(QualifiedName name) {
        return name.schema() == null ? name : new QualifiedName(schema(name.schema()), name.name());
    }

    private String schema(String schema) {
        return schemas.getOrDefault(schema, schema);
    }

    /**
     * {@code billing.status} → {@code scratch_1.status} (also as an array, the schema bare or quoted) when the
     * model defines {@code billing.status}; other types unchanged.
     */
    private String type(String type, Set<QualifiedName> defined) {
        for (Map.Entry<String, String> entry : schemas.entrySet()) {
            for (String prefix : List.of(entry.getKey() + ".", Identifiers.quote(entry.getKey()) + ".",
                    '"' + entry.getKey() + "\".")) {
                String base = type.substring(Math.min(prefix.length(), type.length())).replaceAll("(\\[])+$", "")
                        .replaceAll("^\"(.*)\"$", "$1");
                if (type.startsWith(prefix) && defined.contains(QualifiedName.of(entry.getKey(), base))) {
                    return Identifiers.quote(entry.getValue()) + "." + type.substring(prefix.length());
                }
            }
        }
        return type;
    }
}

package org.opsdb.migrations.hibernate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.Sequence;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.mapping.BasicValue;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.PrimaryKey;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;
import org.hibernate.mapping.Value;
import org.hibernate.type.SqlTypes;
import org.opsdb.migrations.diff.NamingConvention;
import org.opsdb.migrations.operations.CheckConstraint;
import org.opsdb.migrations.operations.CreateIndex;
import org.opsdb.migrations.operations.ForeignKeyConstraint;
import org.opsdb.migrations.operations.Identity;
import org.opsdb.migrations.operations.IndexElement;
import org.opsdb.migrations.operations.PrimaryKeyConstraint;
import org.opsdb.migrations.operations.QualifiedName;
import org.opsdb.migrations.operations.ReferentialAction;
import org.opsdb.migrations.operations.SequenceOptions;
import org.opsdb.migrations.operations.UniqueConstraint;
import org.opsdb.migrations.reflect.ReflectionScope;
import org.opsdb.migrations.schema.EnumType;
import org.opsdb.migrations.schema.SchemaModel;
import org.opsdb.migrations.schema.SequenceModel;
import org.opsdb.migrations.schema.TableModel;

/**
 * Turns Hibernate's boot {@link Metadata} into a {@link SchemaModel}: physical tables with their columns (SQL
 * types from the dialect), keys, Hibernate's own check constraints, foreign keys, indexes, comments and
 * sequences. Enum columns mapped to a named PostgreSQL enum ({@code SqlTypes.NAMED_ENUM}, e.g. through
 * {@code @JdbcType(PostgreSQLEnumJdbcType.class)}) become an enum type named after the Java simple name in
 * lower case, with the labels in declaration order; Hibernate's own enum DDL is not used. Otherwise the model is
 * what Hibernate's own schema export creates on PostgreSQL: unquoted names folded to lower case, unique columns
 * as unnamed unique constraints, unique keys named only when the mapping names them, and composite primary keys
 * (with the foreign keys that reference them) in the order of Hibernate's column ordering strategy.
 */
final class MetadataModelReader {

    private final Metadata metadata;
    private final Map<String, EnumType> enums = new LinkedHashMap<>();

    MetadataModelReader(Metadata metadata) {
        this.metadata = metadata;
    }

    SchemaModel read() {
        List<TableModel> tables = new ArrayList<>();
        List<SequenceModel> sequences = new ArrayList<>();
        List<String> schemas = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (Table table : namespace.getTables()) {
                if (table.isPhysicalTable()) {
                    TableModel model = table(table);
                    tables.add(model);
                    model.name().schemaName().ifPresent(schemas::add);
                }
            }
            for (Sequence sequence : namespace.getSequences()) {
                QualifiedName name = name(physical(sequence.getName().getSchemaName()),
                        physical(sequence.getName().getSequenceName()));
                SequenceOptions options = SequenceOptions.DEFAULTS;
                if (sequence.getInitialValue() != 1) {
                    options = options.start(sequence.getInitialValue());
                }
                if (sequence.getIncrementSize() != 1) {
                    options = options.increment(sequence.getIncrementSize());
                }
                sequences.add(new SequenceModel(name, options));
            }
        }
        return new SchemaModel(schemas, tables, List.copyOf(enums.values()), sequences);
    }

    private TableModel table(Table table) {
        QualifiedName name = name(table);
        List<org.opsdb.migrations.operations.Column> columns = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        List<UniqueConstraint> uniques = new ArrayList<>();
        NamingConvention naming = NamingConvention.POSTGRESQL;
        for (Column column : table.getColumns()) {
            String type = enumType(column);
            if (type == null) {
                type = column.getSqlType(metadata);
            }
            boolean inPrimaryKey = table.getPrimaryKey() != null && table.getPrimaryKey().containsColumn(column);
            Identity identity = column.isIdentity() ? Identity.BY_DEFAULT : null;
            columns.add(new org.opsdb.migrations.operations.Column(physical(column), type,
                    column.isNullable() && !inPrimaryKey && identity == null,
                    identity == null ? column.getDefaultValue() : null, identity, column.getComment(), false));
            for (org.hibernate.mapping.CheckConstraint check : column.getCheckConstraints()) {
                checks.add(new CheckConstraint(check.isNamed() ? physical(check.getName())
                        : naming.columnCheckName(name.name(), physical(column)), check.getConstraint()));
            }
            if (column.isUnique() && !table.isPrimaryKey(column)) {
                // Hibernate's DDL writes "unique" on the column, so PostgreSQL names the constraint
                uniques.add(new UniqueConstraint(null, List.of(physical(column))));
            }
        }
        for (org.hibernate.mapping.CheckConstraint check : table.getChecks()) {
            checks.add(new CheckConstraint(check.isNamed() ? physical(check.getName())
                    : implicitCheckName(naming, name.name(), columns, check.getConstraint()), check.getConstraint()));
        }
        List<Column> keyColumns = primaryKeyColumns(table);
        PrimaryKeyConstraint primaryKey = keyColumns == null ? null
                // Hibernate's DDL never names the primary key, so PostgreSQL's name (the naming convention) applies
                : new PrimaryKeyConstraint(null, names(keyColumns));
        for (UniqueKey key : table.getUniqueKeys().values()) {
            if (!isSingleUniqueColumn(table, key)) {
                // Hibernate's DDL names a unique key only when the mapping names it explicitly
                uniques.add(new UniqueConstraint(key.isNameExplicit() ? physical(key.getName()) : null,
                        names(key.getColumns())));
            }
        }
        List<ForeignKeyConstraint> foreignKeys = new ArrayList<>();
        for (ForeignKey fk : table.getForeignKeys().values()) {
            if (!fk.isCreationEnabled() || !fk.isPhysicalConstraint()) {
                continue;
            }
            Table referenced = fk.getReferencedTable();
            List<String> fkColumns = names(fk.getColumns());
            List<String> referencedColumns = names(fk.getReferencedColumns());
            if (fk.isReferenceToPrimaryKey()) {
                List<Column> declared = referenced.getPrimaryKey().getColumns();
                List<Column> ordered = primaryKeyColumns(referenced);
                // as Hibernate does when it orders the key: the foreign key columns follow their key columns
                fkColumns = ordered.stream().map(c -> physical(fk.getColumns().get(declared.indexOf(c)))).toList();
                referencedColumns = names(ordered);
            }
            foreignKeys.add(new ForeignKeyConstraint(physical(fk.getName()), fkColumns, name(referenced),
                    referencedColumns, action(fk.getOnDeleteAction()), null, false, false));
        }
        List<CreateIndex> indexes = new ArrayList<>();
        for (Index index : table.getIndexes().values()) {
            List<IndexElement> elements = new ArrayList<>();
            for (Column column : index.getColumns()) {
                String order = index.getColumnOrderMap().get(column);
                elements.add(IndexElement.column(physical(column))
                        .ordered(order == null ? null : order.trim().toUpperCase(Locale.ROOT)
                                .replaceFirst("^ASC$", "")));
            }
            indexes.add(new CreateIndex(physical(index.getName()), name, elements, index.isUnique(), null, null,
                    false, false));
        }
        return new TableModel(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, table.getComment());
    }

    /**
     * The primary key's columns in the order of Hibernate's DDL: when building a session factory that creates
     * the schema, Hibernate orders composite keys with its column ordering strategy (by size, then name); a
     * captured model that is already ordered keeps its order. {@code null} without a primary key.
     */
    private List<Column> primaryKeyColumns(Table table) {
        PrimaryKey key = table.getPrimaryKey();
        if (key == null) {
            return null;
        }
        if (key.getColumns().size() > 1 && key.getOriginalOrder() == null
                && metadata instanceof MetadataImplementor implementor) {
            List<Column> ordered = implementor.getMetadataBuildingOptions().getColumnOrderingStrategy()
                    .orderConstraintColumns(key, metadata);
            if (ordered != null) {
                return ordered;
            }
        }
        return key.getColumns();
    }

    /** A single-column key on a column marked unique: Hibernate's DDL writes it on the column only. */
    private static boolean isSingleUniqueColumn(Table table, UniqueKey key) {
        if (key.getColumns().size() != 1) {
            return false;
        }
        Column column = key.getColumn(0);
        Column tableColumn = table.getColumn(column);
        return column.isUnique() || tableColumn != null && tableColumn.isUnique();
    }

    /**
     * PostgreSQL's name for an unnamed table check: {@code table_column_check} when the expression references
     * exactly one column of the table, otherwise {@code table_check}.
     */
    private static String implicitCheckName(NamingConvention naming, String table,
                                            List<org.opsdb.migrations.operations.Column> columns, String expression) {
        String unquoted = expression.replaceAll("'([^']|'')*'", "''");
        List<String> referenced = columns.stream().map(org.opsdb.migrations.operations.Column::name)
                .filter(c -> Pattern.compile("(?<![\\w$.])" + Pattern.quote(c) + "(?![\\w$])",
                        Pattern.CASE_INSENSITIVE).matcher(unquoted).find())
                .toList();
        return referenced.size() == 1 ? naming.columnCheckName(table, referenced.get(0)) : null;
    }

    /** The enum type name for a named-enum column, registering the type; {@code null} for other columns. */
    private String enumType(Column column) {
        Value value = column.getValue();
        if (!(value instanceof BasicValue basic)) {
            return null;
        }
        BasicValue.Resolution<?> resolution = basic.resolve();
        Class<?> javaType = resolution.getDomainJavaType().getJavaTypeClass();
        if (!javaType.isEnum() || resolution.getJdbcType().getDefaultSqlTypeCode() != SqlTypes.NAMED_ENUM) {
            return null;
        }
        String typeName = javaType.getSimpleName().toLowerCase(Locale.ROOT);
        List<String> labels = new ArrayList<>();
        for (Object constant : javaType.getEnumConstants()) {
            labels.add(((Enum<?>) constant).name());
        }
        enums.putIfAbsent(typeName, new EnumType(QualifiedName.of(typeName), labels));
        return typeName;
    }

    private static ReferentialAction action(OnDeleteAction action) {
        if (action == null) {
            return null;
        }
        return switch (action) {
            case CASCADE -> ReferentialAction.CASCADE;
            case SET_NULL -> ReferentialAction.SET_NULL;
            case SET_DEFAULT -> ReferentialAction.SET_DEFAULT;
            case RESTRICT -> ReferentialAction.RESTRICT;
            default -> null;
        };
    }

    private static List<String> names(List<Column> columns) {
        return columns.stream().map(MetadataModelReader::physical).toList();
    }

    private static QualifiedName name(Table table) {
        return name(physical(table.getQualifiedTableName().getSchemaName()),
                physical(table.getQualifiedTableName().getTableName()));
    }

    private static QualifiedName name(String schema, String object) {
        return schema == null || schema.equals(ReflectionScope.DEFAULT_SCHEMA) ? QualifiedName.of(object)
                : QualifiedName.of(schema, object);
    }

    /** The name as PostgreSQL stores it: Hibernate writes unquoted names bare, which PostgreSQL folds to lower case. */
    private static String physical(Identifier identifier) {
        return identifier == null ? null : identifier.isQuoted() ? identifier.getText() : folded(identifier.getText());
    }

    private static String physical(Column column) {
        return column.isQuoted() ? column.getName() : folded(column.getName());
    }

    /** A constraint or index name, which Hibernate's DDL writes as it is. */
    private static String physical(String name) {
        return name == null ? null : folded(name);
    }

    /** Folds ASCII upper case as PostgreSQL does for an unquoted identifier. */
    private static String folded(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.chars().forEach(ch -> out.append(ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : (char) ch));
        return out.toString();
    }
}

package org.opsdb.migrations.hibernate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.Sequence;
import org.hibernate.mapping.BasicValue;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Index;
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
import org.opsdb.migrations.schema.EnumType;
import org.opsdb.migrations.schema.SchemaModel;
import org.opsdb.migrations.schema.SequenceModel;
import org.opsdb.migrations.schema.TableModel;

/**
 * Turns Hibernate's boot {@link Metadata} into a {@link SchemaModel}: physical tables with their columns (SQL
 * types from the dialect), keys, Hibernate's own check constraints, foreign keys, indexes, comments and
 * sequences. Enum columns mapped to a named PostgreSQL enum ({@code SqlTypes.NAMED_ENUM}, e.g. through
 * {@code @JdbcType(PostgreSQLEnumJdbcType.class)}) become an enum type named after the Java simple name in
 * lower case, with the labels in declaration order; Hibernate's own enum DDL is not used.
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
                    tables.add(table(table));
                    if (table.getSchema() != null && !table.getSchema().equals("public")) {
                        schemas.add(table.getSchema());
                    }
                }
            }
            for (Sequence sequence : namespace.getSequences()) {
                QualifiedName name = name(sequence.getName().getSchemaName() == null ? null
                        : sequence.getName().getSchemaName().getText(), sequence.getName().getSequenceName().getText());
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
        QualifiedName name = name(table.getSchema(), table.getName());
        List<org.opsdb.migrations.operations.Column> columns = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        NamingConvention naming = NamingConvention.POSTGRESQL;
        for (Column column : table.getColumns()) {
            String type = enumType(column);
            if (type == null) {
                type = column.getSqlType(metadata);
            }
            boolean inPrimaryKey = table.getPrimaryKey() != null && table.getPrimaryKey().containsColumn(column);
            Identity identity = column.isIdentity() ? Identity.BY_DEFAULT : null;
            columns.add(new org.opsdb.migrations.operations.Column(column.getName(), type,
                    column.isNullable() && !inPrimaryKey && identity == null,
                    identity == null ? column.getDefaultValue() : null, identity, column.getComment(), false));
            for (org.hibernate.mapping.CheckConstraint check : column.getCheckConstraints()) {
                checks.add(new CheckConstraint(check.isNamed() ? check.getName()
                        : naming.columnCheckName(table.getName(), column.getName()), check.getConstraint()));
            }
        }
        for (org.hibernate.mapping.CheckConstraint check : table.getChecks()) {
            checks.add(new CheckConstraint(check.isNamed() ? check.getName() : null, check.getConstraint()));
        }
        PrimaryKeyConstraint primaryKey = table.getPrimaryKey() == null ? null
                // Hibernate's DDL never names the primary key, so PostgreSQL's name (the naming convention) applies
                : new PrimaryKeyConstraint(null, names(table.getPrimaryKey().getColumns()));
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (UniqueKey key : table.getUniqueKeys().values()) {
            uniques.add(new UniqueConstraint(key.getName(), names(key.getColumns())));
        }
        List<ForeignKeyConstraint> foreignKeys = new ArrayList<>();
        for (ForeignKey fk : table.getForeignKeys().values()) {
            if (!fk.isCreationEnabled() || !fk.isPhysicalConstraint()) {
                continue;
            }
            Table referenced = fk.getReferencedTable();
            List<String> referencedColumns = fk.isReferenceToPrimaryKey()
                    ? names(referenced.getPrimaryKey().getColumns()) : names(fk.getReferencedColumns());
            foreignKeys.add(new ForeignKeyConstraint(fk.getName(), names(fk.getColumns()),
                    name(referenced.getSchema(), referenced.getName()), referencedColumns,
                    action(fk.getOnDeleteAction()), null, false, false));
        }
        List<CreateIndex> indexes = new ArrayList<>();
        for (Index index : table.getIndexes().values()) {
            List<IndexElement> elements = new ArrayList<>();
            for (Column column : index.getColumns()) {
                String order = index.getColumnOrderMap().get(column);
                elements.add(IndexElement.column(column.getName())
                        .ordered(order == null ? null : order.trim().toUpperCase(Locale.ROOT)
                                .replaceFirst("^ASC$", "")));
            }
            indexes.add(new CreateIndex(index.getName(), name, elements, index.isUnique(), null, null, false, false));
        }
        return new TableModel(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, table.getComment());
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
        return columns.stream().map(Column::getName).toList();
    }

    private static QualifiedName name(String schema, String object) {
        return schema == null || schema.equals("public") ? QualifiedName.of(object) : QualifiedName.of(schema, object);
    }
}

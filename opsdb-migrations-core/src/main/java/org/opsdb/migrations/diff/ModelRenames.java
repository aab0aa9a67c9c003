package org.opsdb.migrations.diff;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.opsdb.migrations.ddl.SqlLiterals;
import org.opsdb.migrations.operations.CheckConstraint;
import org.opsdb.migrations.operations.Column;
import org.opsdb.migrations.operations.ColumnRef;
import org.opsdb.migrations.operations.Identifiers;
import org.opsdb.migrations.operations.CreateIndex;
import org.opsdb.migrations.operations.ForeignKeyConstraint;
import org.opsdb.migrations.operations.IndexElement;
import org.opsdb.migrations.operations.PrimaryKeyConstraint;
import org.opsdb.migrations.operations.QualifiedName;
import org.opsdb.migrations.operations.SequenceOptions;
import org.opsdb.migrations.operations.UniqueConstraint;
import org.opsdb.migrations.schema.EnumType;
import org.opsdb.migrations.schema.SchemaModel;
import org.opsdb.migrations.schema.SequenceModel;
import org.opsdb.migrations.schema.TableModel;

/**
 * Applies a table, column or enum label rename, a table's move to another schema, or constraint renames to a model, as
 * PostgreSQL applies them to the catalog (keys, indexes, references and owned sequences follow; defaults and checks
 * that name the label as {@code 'LABEL'::type} read the new label).
 */
final class ModelRenames {

    private ModelRenames() {
    }

    /**
     * Renames {@code table} to {@code renamed}, or moves it to {@code renamed}'s schema: its indexes, the foreign
     * keys that reference it and the sequences it owns follow (a moved table's sequences move with it).
     */
    static SchemaModel renameTable(SchemaModel model, QualifiedName table, QualifiedName renamed) {
        boolean moved = !Objects.equals(table.schema(), renamed.schema());
        List<SequenceModel> sequences = model.sequences().stream().map(seq -> {
            ColumnRef owner = seq.options().ownedBy();
            if (owner == null || !owner.table().equals(table)) {
                return seq;
            }
            SequenceOptions o = seq.options();
            return new SequenceModel(moved ? new QualifiedName(renamed.schema(), seq.name().name()) : seq.name(),
                    new SequenceOptions(o.dataType(), o.start(), o.increment(), o.minValue(), o.maxValue(), o.cache(),
                            o.cycle(), new ColumnRef(renamed, owner.column())));
        }).toList();
        List<TableModel> tables = model.tables().stream().map(t -> {
            TableModel named = t.name().equals(table) ? withName(t, renamed) : t;
            return withForeignKeys(named, fk -> fk.referencedTable().equals(table) ? new ForeignKeyConstraint(
                    fk.name(), fk.columns(), renamed, fk.referencedColumns(), fk.onDelete(), fk.onUpdate(),
                    fk.isDeferrable(), fk.isInitiallyDeferred()) : fk);
        }).toList();
        return new SchemaModel(model.schemas(), tables, model.enums(), sequences, model.domains());
    }

    /** Renames constraints and indexes of {@code table} (old name → new name). */
    static SchemaModel renameConstraints(SchemaModel model, QualifiedName table, Map<String, String> names) {
        UnaryOperator<String> name = n -> names.getOrDefault(n, n);
        return model.withTables(model.tables().stream().map(t -> !t.name().equals(table) ? t : new TableModel(t.name(),
                t.columns(), t.primaryKey() == null ? null : t.primaryKey().named(name.apply(t.primaryKey().name())),
                t.uniques().stream().map(u -> u.named(name.apply(u.name()))).toList(),
                t.checks().stream().map(c -> c.named(name.apply(c.name()))).toList(),
                t.foreignKeys().stream().map(fk -> fk.named(name.apply(fk.name()))).toList(),
                t.indexes().stream().map(ix -> new CreateIndex(name.apply(ix.name()), ix.table(), ix.elements(),
                        ix.isUnique(), ix.method(), ix.where(), ix.isConcurrent(), ix.ifNotExists(), ix.include()))
                        .toList(), t.comment())).toList());
    }

    static SchemaModel renameColumn(SchemaModel model, QualifiedName table, String column, String newName) {
        UnaryOperator<List<String>> names = list -> list.stream().map(n -> n.equals(column) ? newName : n).toList();
        List<TableModel> tables = model.tables().stream().map(t -> {
            TableModel out = t;
            if (t.name().equals(table)) {
                List<Column> columns = t.columns().stream().map(c -> c.name().equals(column)
                        ? new Column(newName, c.type(), c.isNullable(), c.serverDefault(), c.identity(), c.comment(),
                        c.isPrimaryKey()) : c).toList();
                PrimaryKeyConstraint pk = t.primaryKey() == null ? null
                        : new PrimaryKeyConstraint(t.primaryKey().name(), names.apply(t.primaryKey().columns()));
                List<UniqueConstraint> uniques = t.uniques().stream()
                        .map(u -> new UniqueConstraint(u.name(), names.apply(u.columns()))).toList();
                List<CreateIndex> indexes = t.indexes().stream().map(ix -> new CreateIndex(ix.name(), ix.table(),
                        ix.elements().stream().map(e -> !e.expression() && e.text().equals(column)
                                ? new IndexElement(newName, false, e.ordering()) : e).toList(),
                        ix.isUnique(), ix.method(), ix.where(), ix.isConcurrent(), ix.ifNotExists(),
                        names.apply(ix.include()))).toList();
                out = new TableModel(t.name(), columns, pk, uniques, t.checks(), t.foreignKeys().stream()
                        .map(fk -> withColumns(fk, names.apply(fk.columns()), fk.referencedColumns())).toList(),
                        indexes, t.comment());
            }
            return withForeignKeys(out, fk -> fk.referencedTable().equals(table)
                    ? withColumns(fk, fk.columns(), names.apply(fk.referencedColumns())) : fk);
        }).toList();
        return model.withTables(tables);
    }

    static SchemaModel renameEnumLabel(SchemaModel model, QualifiedName type, String label, String newLabel) {
        String typeName = Identifiers.quote(type);
        UnaryOperator<String> text = expression -> expression == null ? null : expression.replace(
                SqlLiterals.string(label) + "::" + typeName, SqlLiterals.string(newLabel) + "::" + typeName);
        List<EnumType> enums = model.enums().stream().map(e -> e.name().equals(type) ? new EnumType(type,
                e.labels().stream().map(l -> l.equals(label) ? newLabel : l).toList()) : e).toList();
        List<TableModel> tables = model.tables().stream().map(t -> new TableModel(t.name(), t.columns().stream()
                .map(c -> c.serverDefault(text.apply(c.serverDefault()))).toList(), t.primaryKey(), t.uniques(),
                t.checks().stream().map(c -> new CheckConstraint(c.name(), text.apply(c.expression()))).toList(),
                t.foreignKeys(), t.indexes(), t.comment())).toList();
        return new SchemaModel(model.schemas(), tables, enums, model.sequences(), model.domains());
    }

    private static ForeignKeyConstraint withColumns(ForeignKeyConstraint fk, List<String> columns,
                                                    List<String> referenced) {
        return new ForeignKeyConstraint(fk.name(), columns, fk.referencedTable(), referenced, fk.onDelete(),
                fk.onUpdate(), fk.isDeferrable(), fk.isInitiallyDeferred());
    }

    private static TableModel withName(TableModel t, QualifiedName name) {
        return new TableModel(name, t.columns(), t.primaryKey(), t.uniques(), t.checks(), t.foreignKeys(),
                t.indexes().stream().map(ix -> new CreateIndex(ix.name(), name, ix.elements(), ix.isUnique(),
                        ix.method(), ix.where(), ix.isConcurrent(), ix.ifNotExists(), ix.include())).toList(),
                t.comment());
    }

    private static TableModel withForeignKeys(TableModel t, UnaryOperator<ForeignKeyConstraint> change) {
        return new TableModel(t.name(), t.columns(), t.primaryKey(), t.uniques(), t.checks(),
                t.foreignKeys().stream().map(change).toList(), t.indexes(), t.comment());
    }
}

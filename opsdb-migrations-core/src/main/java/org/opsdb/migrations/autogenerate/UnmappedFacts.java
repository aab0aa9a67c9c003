package org.opsdb.migrations.autogenerate;

import java.util.List;
import java.util.Optional;
import org.opsdb.migrations.operations.Column;
import org.opsdb.migrations.operations.PrimaryKeyConstraint;
import org.opsdb.migrations.schema.SchemaModel;
import org.opsdb.migrations.schema.TableModel;

/**
 * What a JPA mapping cannot say is not a difference: a model read from entities has no name for its primary
 * keys (JPA cannot name one) and no server default where the entity declares none (ids generated in Java, say).
 * Where the model is silent and the database has a fact, the model adopts the database's fact, as Alembic leaves
 * server defaults alone unless the model declares one. Domains, which a mapping cannot declare, are the
 * database's when the model names none.
 */
final class UnmappedFacts {

    private UnmappedFacts() {
    }

    /**
     * {@code model} with the database's primary-key names (where the key columns agree) and the database's server
     * defaults on columns for which {@code declared} (the model as the mapping gave it) declares no default.
     */
    static SchemaModel adopt(SchemaModel model, SchemaModel declared, SchemaModel database) {
        List<TableModel> tables = model.tables().stream().map(table -> database.table(table.name())
                .map(actual -> adopt(table, declared.table(table.name()), actual)).orElse(table)).toList();
        SchemaModel adopted = model.withTables(tables);
        return model.domains().isEmpty() ? adopted.withDomains(database.domains()) : adopted;
    }

    private static TableModel adopt(TableModel table, Optional<TableModel> declared, TableModel actual) {
        PrimaryKeyConstraint key = table.primaryKey();
        if (key != null && actual.primaryKey() != null && key.columns().equals(actual.primaryKey().columns())) {
            key = new PrimaryKeyConstraint(actual.primaryKey().name(), key.columns());
        }
        List<Column> columns = table.columns().stream().map(column -> {
            boolean declaresDefault = declared.flatMap(d -> d.column(column.name()))
                    .map(c -> c.serverDefault() != null || c.identity() != null).orElse(true);
            Optional<Column> existing = actual.column(column.name());
            if (declaresDefault || column.identity() != null || existing.isEmpty()
                    || existing.get().serverDefault() == null) {
                return column;
            }
            return column.serverDefault(existing.get().serverDefault());
        }).toList();
        return new TableModel(table.name(), columns, key, table.uniques(), table.checks(), table.foreignKeys(),
                table.indexes(), table.comment());
    }
}

package org.opsdb.migrations.autogenerate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.opsdb.migrations.ddl.PostgresDdl;
import org.opsdb.migrations.diff.NamingConvention;
import org.opsdb.migrations.diff.SchemaDiff;
import org.opsdb.migrations.diff.RenameHints;
import org.opsdb.migrations.operations.CreateSchema;
import org.opsdb.migrations.operations.MigrationOperation;
import org.opsdb.migrations.reflect.ReflectionScope;
import org.opsdb.migrations.reflect.SchemaReflector;
import org.opsdb.migrations.runtime.MigrationException;
import org.opsdb.migrations.schema.SchemaModel;

/**
 * Puts a mapped model into PostgreSQL's own spelling (types as {@code format_type} prints them, defaults, checks
 * and index expressions as the server deparses them) by creating it in a scratch schema inside a transaction
 * that is always rolled back, and reflecting it there. Only then can a model read from entities be compared
 * exactly with a reflected database. Every schema the model names gets a scratch schema of its own (the default
 * schema the first, on the search path), so tables in any schema are normalised; names are mapped back after.
 */
final class ModelNormalizer {

    private ModelNormalizer() {
    }

    static SchemaModel normalize(Connection connection, SchemaModel model, NamingConvention naming)
            throws SQLException {
        SchemaModel named = naming.apply(model);
        if (named.isEmpty()) {
            return named;
        }
        String scratch = RolledBack.scratchSchemaName();
        List<String> scratchSchemas = new ArrayList<>(List.of(scratch));
        Map<String, String> toScratch = new LinkedHashMap<>();
        for (String schema : schemasOf(named)) {
            String mapped = scratch + "_" + scratchSchemas.size();
            toScratch.put(schema, mapped);
            scratchSchemas.add(mapped);
        }
        SchemaMapping mapping = SchemaMapping.of(toScratch);
        return RolledBack.run(connection, st -> {
            PostgresDdl ddl = new PostgresDdl();
            for (String schema : scratchSchemas) {
                for (String sql : ddl.render(new CreateSchema(schema, false))) {
                    st.execute(sql);
                }
            }
            st.execute("SET LOCAL search_path = " + scratch + ", public");
            List<MigrationOperation> create = new SchemaDiff(naming, RenameHints.none(), false)
                    .compare(SchemaModel.EMPTY, withoutSchemas(mapping.apply(named))).upgrade();
            for (MigrationOperation op : create) {
                for (String sql : ddl.render(op)) {
                    try {
                        st.execute(sql);
                    } catch (SQLException e) {
                        throw new MigrationException("The mapped model cannot be created in PostgreSQL: " + sql
                                + ": " + e.getMessage().lines().findFirst().orElse(""), e);
                    }
                }
            }
            SchemaModel reflected = new SchemaReflector(new ReflectionScope(scratchSchemas, Set.of(), scratch))
                    .reflect(connection);
            return mapping.inverse().apply(reflected);
        });
    }

    private static SchemaModel withoutSchemas(SchemaModel model) {
        return new SchemaModel(List.of(), model.tables(), model.enums(), model.sequences(), model.domains());
    }

    /** Every schema other than the default that the model names or puts an object in. */
    private static Set<String> schemasOf(SchemaModel model) {
        Set<String> schemas = new TreeSet<>(model.schemas());
        model.tables().forEach(t -> t.name().schemaName().ifPresent(schemas::add));
        model.enums().forEach(e -> e.name().schemaName().ifPresent(schemas::add));
        model.sequences().forEach(s -> s.name().schemaName().ifPresent(schemas::add));
        model.domains().forEach(d -> d.name().schemaName().ifPresent(schemas::add));
        return schemas;
    }
}

package org.opsdb.migrations.autogenerate;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.opsdb.migrations.ddl.PostgresDdl;
import org.opsdb.migrations.diff.NamingConvention;
import org.opsdb.migrations.diff.SchemaDiff;
import org.opsdb.migrations.diff.RenameHints;
import org.opsdb.migrations.operations.MigrationOperation;
import org.opsdb.migrations.reflect.ReflectionScope;
import org.opsdb.migrations.reflect.SchemaReflector;
import org.opsdb.migrations.runtime.MigrationException;
import org.opsdb.migrations.schema.SchemaModel;

/**
 * Puts a mapped model into PostgreSQL's own spelling (types as {@code format_type} prints them, defaults, checks
 * and index expressions as the server deparses them) by creating it in a scratch schema inside a transaction
 * that is always rolled back, and reflecting it there. Only then can a model read from entities be compared
 * exactly with a reflected database. Models that name schemas other than the default are returned unchanged.
 */
final class ModelNormalizer {


    private ModelNormalizer() {
    }

    static SchemaModel normalize(Connection connection, SchemaModel model, NamingConvention naming)
            throws SQLException {
        SchemaModel named = naming.apply(model);
        boolean qualified = !named.schemas().isEmpty()
                || named.tables().stream().anyMatch(t -> t.name().schema() != null)
                || named.enums().stream().anyMatch(e -> e.name().schema() != null)
                || named.sequences().stream().anyMatch(s -> s.name().schema() != null);
        if (qualified || named.isEmpty()) {
            return named;
        }
        String scratch = "opsdb_autogen_" + DatabaseDiff.newRevisionId();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE SCHEMA " + scratch);
            st.execute("SET LOCAL search_path = " + scratch + ", public");
            List<MigrationOperation> create = new SchemaDiff(naming, RenameHints.none())
                    .compare(SchemaModel.EMPTY, named).upgrade();
            PostgresDdl ddl = new PostgresDdl();
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
            return new SchemaReflector(new ReflectionScope(List.of(scratch), Set.of(), scratch)).reflect(connection);
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }
}

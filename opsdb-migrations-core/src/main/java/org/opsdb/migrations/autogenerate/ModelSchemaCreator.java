package org.opsdb.migrations.autogenerate;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.opsdb.migrations.ddl.PostgresDdl;
import org.opsdb.migrations.diff.NamingConvention;
import org.opsdb.migrations.diff.SchemaDiff;
import org.opsdb.migrations.operations.CreateSchema;
import org.opsdb.migrations.operations.DropSchema;
import org.opsdb.migrations.operations.MigrationOperation;
import org.opsdb.migrations.reflect.ReflectionScope;
import org.opsdb.migrations.reflect.SchemaReflector;
import org.opsdb.migrations.runtime.HistoryDirection;
import org.opsdb.migrations.runtime.HistoryTable;
import org.opsdb.migrations.runtime.MigrationException;
import org.opsdb.migrations.runtime.MigrationResult;
import org.opsdb.migrations.runtime.OwnTables;
import org.opsdb.migrations.runtime.VersionTable;
import org.opsdb.migrations.schema.SchemaModel;

/**
 * {@code init}: creates the whole schema from the model (enum types from our own DDL) and stamps the heads, in one
 * transaction under the advisory lock. Refuses when user tables exist, unless asked to drop the user schemas
 * first.
 */
public final class ModelSchemaCreator {

    private static final PostgresDdl DDL = new PostgresDdl();

    private final VersionTable versionTable;
    private final HistoryTable historyTable;
    private final NamingConvention naming;
    private final OwnTables ownTables;

    /** An initializer writing to these tables. */
    public ModelSchemaCreator(OwnTables ownTables, NamingConvention naming) {
        this.ownTables = ownTables;
        this.versionTable = ownTables.versionTable();
        this.historyTable = ownTables.historyTable();
        this.naming = naming;
    }

    /**
     * Creates {@code model} and stamps {@code heads} on a connection that holds the migration lock and has
     * auto-commit off; commits when done.
     */
    public MigrationResult init(Connection connection, SchemaModel model, Set<String> heads, boolean drop)
            throws SQLException {
        MigrationResult result = initLocked(connection, model, heads, drop);
        connection.commit();
        return result;
    }

    private MigrationResult initLocked(Connection connection, SchemaModel model, Set<String> heads, boolean drop)
            throws SQLException {
        OwnTables.Resolved own = ownTables.resolve(connection);
        SchemaModel existing = new SchemaReflector(ReflectionScope.allSchemas(own.tables()).withDefaultSchema(null))
                .reflect(connection);
        Set<String> before = versionTable.exists(connection) ? versionTable.read(connection) : Set.of();
        Set<String> present = new TreeSet<>(existing.schemas());
        try (Statement st = connection.createStatement()) {
            if (!existing.tables().isEmpty() || !existing.enums().isEmpty()) {
                if (!drop) {
                    throw new MigrationException("init refused: the database already holds " + existing.tables().size()
                            + " table(s), e.g. " + (existing.tables().isEmpty() ? existing.enums().get(0).name()
                            : existing.tables().get(0).name()) + "; use init --drop to replace them");
                }
                for (String schema : new TreeSet<>(existing.schemas())) {
                    execute(st, new DropSchema(schema, false, true));
                    present.remove(schema);
                    // public, and the schema of our own tables (which is never created otherwise), come back empty
                    if (schema.equals(ReflectionScope.DEFAULT_SCHEMA) || schema.equals(own.schema())) {
                        execute(st, new CreateSchema(schema, false));
                        present.add(schema);
                    }
                }
                before = versionTable.exists(connection) ? versionTable.read(connection) : Set.of();
            }
            // the schemas the model names that exist (e.g. that of our own tables) are not created again
            SchemaModel start = new SchemaModel(model.schemas().stream().filter(present::contains).toList(), List.of(),
                    List.of(), List.of());
            for (MigrationOperation op : new SchemaDiff(naming, org.opsdb.migrations.diff.RenameHints.none(), false)
                    .compare(start, model).upgrade()) {
                execute(st, op);
            }
            for (String sql : versionTable.createIfMissing()) {
                st.execute(sql);
            }
            st.execute(historyTable.createIfMissing());
            for (String sql : versionTable.transition(before, heads)) {
                st.execute(sql);
            }
            for (String head : new TreeSet<>(heads)) {
                st.execute(historyTable.insert(head, HistoryDirection.STAMP, "init", null, null, null, true));
            }
        }
        return new MigrationResult(before, heads, List.of());
    }

    /** Runs {@code op}'s statements. */
    static void execute(Statement st, MigrationOperation op) throws SQLException {
        for (String sql : DDL.render(op)) {
            st.execute(sql);
        }
    }
}

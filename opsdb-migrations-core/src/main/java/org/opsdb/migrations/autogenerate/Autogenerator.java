package org.opsdb.migrations.autogenerate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.opsdb.migrations.diff.DiffResult;
import org.opsdb.migrations.diff.NamingConvention;
import org.opsdb.migrations.diff.RenameHints;
import org.opsdb.migrations.diff.SchemaDiff;
import org.opsdb.migrations.operations.QualifiedName;
import org.opsdb.migrations.reflect.ReflectionScope;
import org.opsdb.migrations.reflect.SchemaReflector;
import org.opsdb.migrations.schema.SchemaModel;

/**
 * Compares a database with a mapped model: reflects the default schema plus the schemas the model names
 * (leaving out the version and history tables), normalises the model through PostgreSQL and diffs them.
 */
public final class Autogenerator {

    private final Set<QualifiedName> excludedTables;
    private final NamingConvention naming;
    private final RenameHints hints;

    /**
     * An autogenerator.
     *
     * @param excludedTables the tool's own tables, qualified ({@code public.alembic_version})
     * @param naming         names for unnamed constraints and indexes
     * @param hints          renames to honour
     */
    public Autogenerator(Set<QualifiedName> excludedTables, NamingConvention naming, RenameHints hints) {
        this.excludedTables = Set.copyOf(excludedTables);
        this.naming = naming;
        this.hints = hints;
    }

    /** The operations that bring the database behind {@code connection} to {@code mapped}, and back. */
    public DiffResult compare(Connection connection, SchemaModel mapped) throws SQLException {
        SchemaModel named = naming.apply(mapped);
        SchemaModel model = ModelNormalizer.normalize(connection, named, naming);
        List<String> schemas = new ArrayList<>(List.of("public"));
        schemas.addAll(model.schemas());
        SchemaModel database = new SchemaReflector(new ReflectionScope(schemas, excludedTables, "public"))
                .reflect(connection);
        DiffResult diff = new SchemaDiff(naming, hints).compare(database, UnmappedFacts.adopt(model, named, database));
        return new DiffResult(RawExpressions.restore(diff.upgrade(), named), diff.downgrade(), diff.differences(),
                diff.warnings());
    }

    /** Whether the database holds any table besides the tool's own (in any user schema). */
    public boolean hasUserTables(Connection connection) throws SQLException {
        return !new SchemaReflector(ReflectionScope.allSchemas(excludedTables)).reflect(connection).tables().isEmpty();
    }
}

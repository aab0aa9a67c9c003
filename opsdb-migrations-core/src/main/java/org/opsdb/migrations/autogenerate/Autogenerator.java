package org.opsdb.migrations.autogenerate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.opsdb.migrations.diff.DiffResult;
import org.opsdb.migrations.diff.NamingConvention;
import org.opsdb.migrations.diff.RenameHints;
import org.opsdb.migrations.diff.SchemaDiff;
import org.opsdb.migrations.reflect.ReflectionScope;
import org.opsdb.migrations.reflect.SchemaReflector;
import org.opsdb.migrations.runtime.OwnTables;
import org.opsdb.migrations.schema.SchemaModel;

/**
 * Compares a database with a mapped model: reflects the default schema ({@code public}, or the one
 * {@link #defaultSchema(String)} names) plus the schemas the model names
 * (leaving out the version and history tables, wherever the connection resolves them), normalises the model
 * through PostgreSQL, compares checks that differ as text by meaning ({@link CheckMeanings}) and diffs them.
 */
public final class Autogenerator {

    private final OwnTables ownTables;
    private final NamingConvention naming;
    private final RenameHints hints;
    private final boolean safeForms;
    private final String defaultSchema;

    /**
     * An autogenerator.
     *
     * @param ownTables the tool's own tables, left out as {@link OwnTables#resolve} places them on the connection
     * @param naming    names for unnamed constraints and indexes
     * @param hints     renames to honour
     * @param safeForms whether changes to tables that exist take their safe forms ({@link SchemaDiff})
     */
    public Autogenerator(OwnTables ownTables, NamingConvention naming, RenameHints hints, boolean safeForms) {
        this(ownTables, naming, hints, safeForms, ReflectionScope.DEFAULT_SCHEMA);
    }

    private Autogenerator(OwnTables ownTables, NamingConvention naming, RenameHints hints, boolean safeForms,
                          String defaultSchema) {
        this.ownTables = ownTables;
        this.naming = naming;
        this.hints = hints;
        this.safeForms = safeForms;
        this.defaultSchema = defaultSchema;
    }

    /**
     * The same autogenerator comparing the model's unqualified tables with {@code schema} instead of {@code public}
     * (a tenant's schema, whose objects are then named without qualification), e.g. for a fleet's schema target.
     */
    public Autogenerator defaultSchema(String schema) {
        return new Autogenerator(ownTables, naming, hints, safeForms, schema);
    }

    /** The operations that bring the database behind {@code connection} to {@code mapped}, and back. */
    public DiffResult compare(Connection connection, SchemaModel mapped) throws SQLException {
        SchemaModel named = naming.apply(mapped);
        SchemaModel model = ModelNormalizer.normalize(connection, named, naming);
        List<String> schemas = new ArrayList<>(List.of(defaultSchema));
        schemas.addAll(model.schemas());
        SchemaModel database = new SchemaReflector(new ReflectionScope(schemas,
                ownTables.resolve(connection).tables(), defaultSchema)).reflect(connection);
        SchemaModel adopted = CheckMeanings.adopt(connection, UnmappedFacts.adopt(model, named, database), database);
        DiffResult diff = new SchemaDiff(naming, hints, safeForms).compare(database, adopted);
        return new DiffResult(RawExpressions.restore(diff.upgrade(), named), diff.downgrade(), diff.differences(),
                diff.warnings());
    }

    /** Whether the database holds any table besides the tool's own (in any user schema). */
    public boolean hasUserTables(Connection connection) throws SQLException {
        return !new SchemaReflector(ReflectionScope.allSchemas(ownTables.resolve(connection).tables()))
                .reflect(connection).tables().isEmpty();
    }
}

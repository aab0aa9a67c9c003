package org.opsdb.migrations.autogenerate;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.opsdb.migrations.diff.DiffResult;
import org.opsdb.migrations.diff.NamingConvention;
import org.opsdb.migrations.diff.RenameHints;
import org.opsdb.migrations.diff.SchemaDiff;
import org.opsdb.migrations.reflect.ReflectionScope;
import org.opsdb.migrations.reflect.SchemaReflector;
import org.opsdb.migrations.render.ScriptBody;
import org.opsdb.migrations.render.ScriptHeader;
import org.opsdb.migrations.render.SqlMigrationRenderer;
import org.opsdb.migrations.runtime.ConnectionErrors;
import org.opsdb.migrations.runtime.MigrationException;
import org.opsdb.migrations.runtime.OwnTables;
import org.opsdb.migrations.schema.SchemaModel;

/** {@code diff --from --to}: a SQL migration whose upgrade turns one database into another. */
public final class DatabaseDiff {

    private static final SecureRandom RANDOM = new SecureRandom();

    private DatabaseDiff() {
    }

    /**
     * The SQL migration text (a base revision with a new random id) turning {@code from} into {@code to}.
     *
     * @param schemas   the schemas to compare; empty for every user schema
     * @param ownTables the version and history tables, left out of each side where that side's connection
     *                  {@linkplain OwnTables#resolve resolves} them
     * @param safeForms whether changes to tables that exist take their safe forms ({@link SchemaDiff})
     */
    public static String sql(DataSource from, DataSource to, List<String> schemas, OwnTables ownTables,
                             boolean safeForms) {
        DiffResult diff = new SchemaDiff(NamingConvention.POSTGRESQL, RenameHints.none(), safeForms).compare(reflect(from, schemas, ownTables, "from"),
                reflect(to, schemas, ownTables, "to"));
        ScriptHeader header = new ScriptHeader(newRevisionId(), List.of(), "diff", Instant.now(), List.of(),
                List.of());
        return new SqlMigrationRenderer().render(header,
                new ScriptBody(diff.upgrade(), diff.downgrade(), diff.warnings()));
    }

    /** A new revision id: 12 random lowercase hex digits. */
    public static String newRevisionId() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static SchemaModel reflect(DataSource dataSource, List<String> schemas, OwnTables ownTables, String side) {
        try (Connection connection = dataSource.getConnection()) {
            ReflectionScope scope = new ReflectionScope(schemas, ownTables.resolve(connection).tables(),
                    ReflectionScope.DEFAULT_SCHEMA);
            return new SchemaReflector(scope).reflect(connection);
        } catch (SQLException e) {
            throw new MigrationException("Cannot read the '" + side + "' database: " + ConnectionErrors.reason(e), e);
        }
    }
}

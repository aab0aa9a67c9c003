package org.opsdb.migrations.autoconfigure.init;

import org.opsdb.migrations.autoconfigure.guard.ProductionGuard;
import org.opsdb.migrations.runtime.MigrationException;
import org.opsdb.migrations.runtime.MigrationResult;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The {@code init} command on the Spring side (the old {@code opsdb_init}): checks the {@link ProductionGuard}
 * before a drop, then delegates to the {@link SchemaInitializer} bean.
 */
public final class DatabaseInitService {

    private final ProductionGuard guard;
    private final ObjectProvider<SchemaInitializer> initializer;

    /** A service that guards with {@code guard} and initializes with the {@link SchemaInitializer} bean. */
    public DatabaseInitService(ProductionGuard guard, ObjectProvider<SchemaInitializer> initializer) {
        this.guard = guard;
        this.initializer = initializer;
    }

    /**
     * Creates the schema from the entities and stamps the head.
     *
     * @param drop whether to wipe the schema first; refused under a guarded profile
     * @throws org.opsdb.migrations.autoconfigure.guard.ProductionProfileException when {@code drop} is refused
     * @throws MigrationException when no {@link SchemaInitializer} bean is defined, or initialization fails
     */
    public MigrationResult init(boolean drop) {
        return init(drop, true);
    }

    /**
     * As {@link #init(boolean)}; {@code checkGuard = false} skips the guard, for a caller that has checked it
     * itself (the console, which honours and logs {@code --allow-destructive}).
     */
    public MigrationResult init(boolean drop, boolean checkGuard) {
        if (drop && checkGuard) {
            guard.checkDestructive("init --drop");
        }
        SchemaInitializer schemaInitializer = initializer.getIfAvailable();
        if (schemaInitializer == null) {
            throw new MigrationException("init is not available: no SchemaInitializer bean is defined");
        }
        return schemaInitializer.initialize(drop);
    }
}

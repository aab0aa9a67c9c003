package org.opsdb.migrations.test;

import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.autogenerate.ModelSource;

/**
 * Extension point of {@link StandardCheck#MODELS_MATCH} and {@link StandardCheck#INIT_MATCHES_MIGRATIONS}: compares
 * the application's mapped models with a database that the check has just migrated to heads, and names the model
 * {@code init} builds a schema from. The kit's implementation for JPA entities is {@link EntityModelComparison};
 * without a comparison both checks are reported as skipped, never as passed.
 */
@FunctionalInterface
public interface ModelComparison {

    /**
     * The differences between the models and the migrated database, one line each, as autogenerate would turn
     * them into operations (e.g. {@code add column telescope.status}); empty when they agree.
     *
     * @param migrations the migrations, already upgraded to heads
     * @param dataSource the database they were applied to
     */
    List<String> differences(Migrations migrations, DataSource dataSource);

    /**
     * The model {@code init} creates the schema from ({@code Migrations.init(ModelSource, boolean)}); empty (the
     * default) when this comparison has none, which skips {@link StandardCheck#INIT_MATCHES_MIGRATIONS}.
     */
    default Optional<ModelSource> modelSource() {
        return Optional.empty();
    }
}

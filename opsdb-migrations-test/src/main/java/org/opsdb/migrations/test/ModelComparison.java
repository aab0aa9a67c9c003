package org.opsdb.migrations.test;

import java.util.List;
import javax.sql.DataSource;
import org.opsdb.migrations.Migrations;

/**
 * Extension point of {@link StandardCheck#MODELS_MATCH}: compares the application's mapped models with a database
 * that the check has just migrated to heads. The kit ships no implementation: the comparison belongs to the
 * engine's autogenerate ({@code Migrations.check(ModelSource)}), which an implementation should call once it
 * exists. Without one the check is reported as skipped, never as passed.
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
}

package org.opsdb.migrations.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.opsdb.migrations.revision.Step;

/**
 * A look at the steps a run is about to take, made under the advisory lock on the migrator's connection after the
 * plan is known and before the first step runs (never when there is nothing to do): it returns lines for the
 * result's {@linkplain MigrationResult#warnings() warnings}, or refuses the run with a {@link MigrationException},
 * which leaves the database as it was.
 */
@FunctionalInterface
public interface PlanCheck {

    /** No check. */
    PlanCheck NONE = (connection, steps) -> List.of();

    /**
     * Looks at the steps.
     *
     * @param connection the migrator's connection, in the transaction that holds nothing but the lock yet
     * @param steps      the steps about to run, in order; never empty
     * @return warnings for the result, empty when none
     */
    List<String> check(Connection connection, List<Step> steps) throws SQLException;
}

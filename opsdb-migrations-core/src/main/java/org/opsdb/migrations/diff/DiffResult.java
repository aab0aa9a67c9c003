package org.opsdb.migrations.diff;

import java.util.List;
import org.opsdb.migrations.operations.MigrationOperation;

/**
 * What a comparison found.
 *
 * @param upgrade     operations turning the first model into the second, in execution order
 * @param downgrade   operations turning it back, in execution order
 * @param differences one line per upgrade change, e.g. {@code add column telescope.mirror_mm}
 * @param warnings    changes that need a reviewer: data loss, NOT NULL on filled tables, narrowing, renames
 */
public record DiffResult(List<MigrationOperation> upgrade, List<MigrationOperation> downgrade,
                         List<String> differences, List<String> warnings) {

    /** Copies the lists. */
    public DiffResult {
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
        differences = List.copyOf(differences);
        warnings = List.copyOf(warnings);
    }

    /** Whether the two models are the same. */
    public boolean isEmpty() {
        return upgrade.isEmpty();
    }
}

package org.opsdb.migrations.render;

import java.util.List;
import org.opsdb.migrations.operations.MigrationOperation;

/**
 * What a script does: the upgrade and downgrade operations and the warnings a reviewer must read.
 *
 * @param upgrade   upgrade operations, in order
 * @param downgrade downgrade operations, in order
 * @param warnings  warnings, written as comments at the top of the upgrade
 */
public record ScriptBody(List<MigrationOperation> upgrade, List<MigrationOperation> downgrade, List<String> warnings) {

    /** An empty script, to be filled in by hand. */
    public static final ScriptBody EMPTY = new ScriptBody(List.of(), List.of(), List.of());

    /** Copies the lists. */
    public ScriptBody {
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
        warnings = List.copyOf(warnings);
    }
}

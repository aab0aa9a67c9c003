package org.opsdb.migrations.render;

import java.util.List;
import java.util.Map;
import org.opsdb.migrations.operations.MigrationOperation;

/**
 * What a script does: the upgrade and downgrade operations and the warnings a reviewer must read.
 *
 * @param upgrade   upgrade operations, in order
 * @param downgrade downgrade operations, in order
 * @param warnings  warnings, written as comments at the top of the upgrade
 * @param lintNotes the lint findings of upgrade operations, by the operation's index, each written as a comment
 *                  line {@code lint: [rule-id] ...; safe form: ...} above the operation
 */
public record ScriptBody(List<MigrationOperation> upgrade, List<MigrationOperation> downgrade, List<String> warnings,
                         Map<Integer, List<String>> lintNotes) {

    /** An empty script, to be filled in by hand. */
    public static final ScriptBody EMPTY = new ScriptBody(List.of(), List.of(), List.of());

    /** Copies the lists. */
    public ScriptBody {
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
        warnings = List.copyOf(warnings);
        lintNotes = Map.copyOf(lintNotes);
    }

    /** A body without lint notes. */
    public ScriptBody(List<MigrationOperation> upgrade, List<MigrationOperation> downgrade, List<String> warnings) {
        this(upgrade, downgrade, warnings, Map.of());
    }

    /** The comment lines above upgrade operation {@code index} ({@code lint: [rule-id] ...}), none when clean. */
    public List<String> lintComments(int index) {
        return lintNotes.getOrDefault(index, List.of()).stream().map(note -> "lint: " + note).toList();
    }
}

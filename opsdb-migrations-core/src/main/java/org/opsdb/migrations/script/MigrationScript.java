package org.opsdb.migrations.script;

import java.util.Optional;
import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.revision.Revision;

/** A loaded revision with its code: a SQL file or a Java {@link Migration}, ready to run. */
public interface MigrationScript {

    /** The revision data (header or annotation). */
    Revision revision();

    /** Runs the upgrade section against the given operations. */
    void upgrade(Operations op);

    /** Runs the downgrade section against the given operations. */
    void downgrade(Operations op);

    /** Whether a downgrade exists (a SQL file with a non-empty downgrade section, or a Java override). */
    boolean hasDowngrade();

    /** Checksum of the script's content (CRC-32 hex of the normalised text) when it can be computed. */
    Optional<String> checksum();

    /**
     * Whether a checksum recorded when the script was applied still holds: true when it equals {@link #checksum()}
     * or the script has none.
     */
    default boolean checksumMatches(String recorded) {
        return checksum().map(recorded::equals).orElse(true);
    }
}

package org.opsdb.migrations.runtime;

import java.time.Duration;
import org.opsdb.migrations.revision.Direction;
import org.opsdb.migrations.revision.Revision;

/**
 * One step a command took.
 *
 * @param revision  the revision applied or reverted
 * @param direction up or down
 * @param duration  how long the script took (zero offline)
 */
public record AppliedStep(Revision revision, Direction direction, Duration duration) {
}

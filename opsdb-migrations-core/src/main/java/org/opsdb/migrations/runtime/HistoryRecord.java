package org.opsdb.migrations.runtime;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * One row of the history table: a revision applied, reverted or stamped.
 *
 * @param id        row id, increasing
 * @param revision  revision id
 * @param direction an upgrade step, a downgrade step or a stamp
 * @param message   revision message
 * @param script    source file or class of the revision
 * @param checksum  checksum of the script when it ran (SQL scripts), or {@code null}
 * @param duration  how long it took, or {@code null} for stamps
 * @param appliedBy database user that ran it
 * @param appliedAt when it ran
 * @param success   whether it succeeded
 */
public record HistoryRecord(long id, String revision, HistoryDirection direction, String message, String script,
                            String checksum, Duration duration, String appliedBy, OffsetDateTime appliedAt,
                            boolean success) {
}

package org.opsdb.migrations.autoconfigure.actuate;

import java.time.OffsetDateTime;
import java.util.List;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.status.MigrationStatus;
import org.opsdb.migrations.status.MigrationStatusReader;
import org.opsdb.migrations.revision.Revision;
import org.opsdb.migrations.runtime.HistoryRecord;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/** The {@code migrations} actuator endpoint: current revisions, heads, pending revisions and the history table. */
@Endpoint(id = "migrations")
public class MigrationsEndpoint {

    private final Migrations migrations;
    private final MigrationStatusReader statusReader;

    /** An endpoint over the given migrations. */
    public MigrationsEndpoint(Migrations migrations, MigrationStatusReader statusReader) {
        this.migrations = migrations;
        this.statusReader = statusReader;
    }

    /** Reads the state of the database. */
    @ReadOperation
    public MigrationsDescriptor migrations() {
        MigrationStatus status = statusReader.read();
        return new MigrationsDescriptor(status.current(), status.heads(), status.target(),
                status.pending().stream().map(RevisionDescriptor::of).toList(),
                status.drifted().stream().map(d -> d.revision()).toList(),
                migrations.appliedHistory().stream().map(HistoryDescriptor::of).toList());
    }

    /**
     * The endpoint's answer.
     *
     * @param current revisions in the version table
     * @param heads   heads of the revision graph
     * @param target  the configured target
     * @param pending revisions an upgrade to the target would apply, in order
     * @param drifted applied revisions whose script changed since
     * @param history rows of the history table, oldest first
     */
    public record MigrationsDescriptor(List<String> current, List<String> heads, String target,
                                       List<RevisionDescriptor> pending, List<String> drifted,
                                       List<HistoryDescriptor> history) {
    }

    /**
     * A revision.
     *
     * @param revision the id
     * @param message  its message
     * @param script   where it came from
     */
    public record RevisionDescriptor(String revision, String message, String script) {

        static RevisionDescriptor of(Revision revision) {
            return new RevisionDescriptor(revision.id(), revision.message(), revision.source());
        }
    }

    /**
     * A row of the history table.
     *
     * @param revision   revision id
     * @param direction  {@code up}, {@code down} or {@code stamp}
     * @param message    revision message
     * @param script     script source
     * @param checksum   script checksum, when recorded
     * @param durationMs how long the step took, or {@code null} for a stamp
     * @param appliedBy  database user
     * @param appliedAt  when
     * @param success    whether it succeeded
     */
    public record HistoryDescriptor(String revision, String direction, String message, String script,
                                    String checksum, Long durationMs, String appliedBy, OffsetDateTime appliedAt,
                                    boolean success) {

        static HistoryDescriptor of(HistoryRecord record) {
            return new HistoryDescriptor(record.revision(), record.direction().stored(), record.message(), record.script(),
                    record.checksum(), record.duration() == null ? null : record.duration().toMillis(),
                    record.appliedBy(), record.appliedAt(), record.success());
        }
    }
}

package org.opsdb.migrations.status;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.revision.Direction;
import org.opsdb.migrations.revision.Revision;
import org.opsdb.migrations.revision.Step;
import org.opsdb.migrations.runtime.HistoryTable;
import org.opsdb.migrations.script.ChecksumDrift;

/**
 * Reads where the database stands against the scripts without changing it (no lock is taken): the current
 * revisions and the heads on their own, or with what is pending and which applied scripts drifted as a
 * {@link MigrationStatus}. The one place that answers these questions for the starter's runner, health indicator
 * and actuator endpoint, the console ({@code current}, {@code heads}) and the test kit.
 */
public final class MigrationStatusReader {

    private final Migrations migrations;
    private final String target;
    private final boolean validateChecksums;

    /**
     * A reader for the given migrations.
     *
     * @param target            the target pending revisions are computed for, e.g. {@code heads}
     * @param validateChecksums whether {@link #read()} compares applied checksums with the scripts
     */
    public MigrationStatusReader(Migrations migrations, String target, boolean validateChecksums) {
        this.migrations = migrations;
        this.target = target;
        this.validateChecksums = validateChecksums;
    }

    /** A reader whose pending revisions are those up to {@code heads}, with checksums validated. */
    public MigrationStatusReader(Migrations migrations) {
        this(migrations, "heads", true);
    }

    /** Reads the status. */
    public MigrationStatus read() {
        Set<String> current = new LinkedHashSet<>(ids(current()));
        List<Revision> pending = migrations.graph().upgradePlan(current, target).stream()
                .filter(step -> step.direction() == Direction.UP).map(Step::revision).toList();
        List<ChecksumDrift> drifted = validateChecksums ? drifted(current) : List.of();
        return new MigrationStatus(List.copyOf(current), ids(heads()), target, pending, drifted);
    }

    /**
     * Where the database stands on each branch, as {@code alembic current} shows it (the version table's revisions
     * and the positions their {@code depends_on} implies); empty for an empty database.
     */
    public List<Revision> current() {
        return migrations.current();
    }

    /** The heads of the revision graph. */
    public List<Revision> heads() {
        return migrations.heads();
    }

    /**
     * The scripts whose checksum differs from the one recorded when each was last applied, for every revision the
     * history table records as applied, whatever the version table holds now (the test kit's view of a database
     * given as it is).
     */
    public List<ChecksumDrift> driftedSinceApplied() {
        Map<String, String> applied = HistoryTable.appliedChecksums(migrations.appliedHistory());
        return ChecksumDrift.find(migrations.scripts(), applied.keySet(), applied);
    }

    private List<ChecksumDrift> drifted(Set<String> current) {
        return ChecksumDrift.find(migrations.scripts(), migrations.graph().appliedSet(current),
                HistoryTable.appliedChecksums(migrations.appliedHistory()));
    }

    private static List<String> ids(List<Revision> revisions) {
        return revisions.stream().map(Revision::id).toList();
    }
}

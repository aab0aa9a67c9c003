package org.opsdb.migrations.status;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.revision.Direction;
import org.opsdb.migrations.revision.Revision;
import org.opsdb.migrations.revision.Step;
import org.opsdb.migrations.runtime.HistoryTable;
import org.opsdb.migrations.script.ChecksumDrift;

/** Reads a {@link MigrationStatus} from the database without changing it (no lock is taken). */
public final class MigrationStatusReader {

    private final Migrations migrations;
    private final String target;
    private final boolean validateChecksums;

    /**
     * A reader for the given migrations.
     *
     * @param target            the target pending revisions are computed for, e.g. {@code heads}
     * @param validateChecksums whether to compare applied checksums with the scripts
     */
    public MigrationStatusReader(Migrations migrations, String target, boolean validateChecksums) {
        this.migrations = migrations;
        this.target = target;
        this.validateChecksums = validateChecksums;
    }

    /** Reads the status. */
    public MigrationStatus read() {
        Set<String> current = new LinkedHashSet<>(migrations.current().stream().map(Revision::id).toList());
        List<Revision> pending = migrations.graph().upgradePlan(current, target).stream()
                .filter(step -> step.direction() == Direction.UP).map(Step::revision).toList();
        List<String> heads = migrations.heads().stream().map(Revision::id).toList();
        List<ChecksumDrift> drifted = validateChecksums ? drifted(current) : List.of();
        return new MigrationStatus(List.copyOf(current), heads, target, pending, drifted);
    }

    private List<ChecksumDrift> drifted(Set<String> current) {
        return ChecksumDrift.find(migrations.scripts(), migrations.graph().appliedSet(current),
                HistoryTable.appliedChecksums(migrations.appliedHistory()));
    }
}

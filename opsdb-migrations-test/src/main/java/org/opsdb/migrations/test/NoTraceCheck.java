package org.opsdb.migrations.test;

import java.util.List;
import java.util.Set;
import org.opsdb.migrations.revision.Revision;
import org.opsdb.migrations.test.snapshot.SchemaDifference;

/**
 * For every revision in graph order: the schema snapshot after its upgrade and downgrade equals the one taken
 * before its upgrade.
 */
final class NoTraceCheck implements Check {

    @Override
    public void run(CheckSession session) {
        session.reset();
        RevisionWalk walk = new RevisionWalk(session);
        for (Revision revision : walk.order()) {
            Set<String> prerequisites = walk.prerequisites(revision);
            walk.prepare(prerequisites);
            List<String> before = session.snapshot();
            walk.up(revision);
            walk.down(revision, prerequisites);
            SchemaDifference difference = SchemaDifference.between(before, session.snapshot());
            if (!difference.isEmpty()) {
                throw new MigrationCheckFailure("Revision " + CheckSession.describe(revision)
                        + ": downgrade left a trace: " + difference);
            }
            walk.up(revision);
        }
    }
}

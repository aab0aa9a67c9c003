package org.opsdb.migrations.test;

import java.util.Set;
import org.opsdb.migrations.revision.Revision;

/** Every revision in graph order, one at a time: up, down, up again. */
final class StairwayCheck implements Check {

    @Override
    public void run(CheckSession session) {
        session.reset();
        RevisionWalk walk = new RevisionWalk(session);
        for (Revision revision : walk.order()) {
            Set<String> prerequisites = walk.prerequisites(revision);
            walk.prepare(prerequisites);
            walk.up(revision);
            walk.down(revision, prerequisites);
            walk.up(revision);
        }
    }
}

package org.opsdb.migrations.test;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.opsdb.migrations.revision.Revision;

/**
 * The CI job's round trip from an empty database: {@code upgrade heads}, then for each head
 * {@code downgrade -1} (or the down revision that removes just that head, when there are several heads or it is a
 * merge) and {@code upgrade heads} again.
 */
final class RoundTripCheck implements Check {

    @Override
    public void run(CheckSession session) {
        session.reset();
        RevisionWalk walk = new RevisionWalk(session);
        session.command(() -> session.migrations().upgrade("heads"));
        List<Revision> heads = session.graph().heads();
        for (Revision head : heads) {
            Set<String> keep = new LinkedHashSet<>(session.applied());
            keep.remove(head.id());
            String target = heads.size() == 1 && !head.isBase() && !head.isMerge()
                    ? "-1" : walk.removalTarget(head, keep);
            session.command(() -> session.migrations().downgrade(target));
            session.command(() -> session.migrations().upgrade("heads"));
        }
    }
}

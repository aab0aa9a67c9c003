package org.opsdb.migrations.test;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.opsdb.migrations.revision.Revision;
import org.opsdb.migrations.revision.Step;
import org.opsdb.migrations.roundtrip.RoundTrip;

/**
 * Steps single revisions up and down: brings the database to exactly the revisions a revision needs, applies it,
 * and removes exactly it again. Shared by the stairway and the no-trace checks.
 */
final class RevisionWalk {

    private final CheckSession session;

    RevisionWalk(CheckSession session) {
        this.session = session;
    }

    /** Every revision in the order {@code upgrade heads} applies them from an empty database. */
    List<Revision> order() {
        return session.graph().upgradePlan(Set.of(), "heads").stream().map(Step::revision).toList();
    }

    /** The revisions that must be applied before {@code revision} (ancestors over down and depends-on edges). */
    Set<String> prerequisites(Revision revision) {
        Set<String> before = new LinkedHashSet<>(session.graph().appliedSet(Set.of(revision.id())));
        before.remove(revision.id());
        return before;
    }

    /**
     * Brings the database to exactly {@code prerequisites}: empties it first when something else is applied (the
     * walk moved to another branch), then upgrades to their heads.
     */
    void prepare(Set<String> prerequisites) {
        if (!prerequisites.containsAll(session.applied())) {
            session.reset();
        }
        topUp(prerequisites);
    }

    /** Applies {@code revision} (its prerequisites are applied). */
    void up(Revision revision) {
        session.command(() -> session.migrations().upgrade(revision.id()));
    }

    /** Removes {@code revision} again and re-applies any prerequisite that went with it. */
    void down(Revision revision, Set<String> prerequisites) {
        session.command(() -> session.migrations().downgrade(
                RoundTrip.removalTarget(session.graph(), revision, prerequisites)));
        topUp(prerequisites);
    }

    private void topUp(Set<String> prerequisites) {
        for (String head : session.graph().versionHeads(prerequisites)) {
            session.command(() -> session.migrations().upgrade(head));
        }
    }
}

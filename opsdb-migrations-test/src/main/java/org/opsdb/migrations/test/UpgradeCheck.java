package org.opsdb.migrations.test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.opsdb.migrations.revision.Revision;

/** {@code upgrade heads} from an empty database reaches every head. */
final class UpgradeCheck implements Check {

    @Override
    public void run(CheckSession session) {
        session.reset();
        session.command(() -> session.migrations().upgrade("heads"));
        Set<String> expected = ids(session.status().heads());
        Set<String> current = ids(session.command(session.status()::current));
        if (!current.equals(expected)) {
            throw new MigrationCheckFailure("After upgrade heads the database is at " + String.join(", ", current)
                    + ", not at " + String.join(", ", expected));
        }
    }

    private static Set<String> ids(List<Revision> revisions) {
        return revisions.stream().map(Revision::id).collect(Collectors.toCollection(TreeSet::new));
    }
}

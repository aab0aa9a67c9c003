package org.opsdb.migrations.test;

import java.util.List;
import java.util.stream.Collectors;
import org.opsdb.migrations.revision.Revision;

/** The graph has one head, or exactly the declared ones (ids or unique prefixes). */
final class HeadsCheck implements Check {

    @Override
    public void run(CheckSession session) {
        List<Revision> heads = session.status().heads();
        if (heads.isEmpty()) {
            throw new MigrationCheckFailure("No revisions found in " + String.join(", ", session.migrations().locations()));
        }
        List<String> declared = session.declaredHeads();
        if (declared.isEmpty()) {
            if (heads.size() > 1) {
                throw new MigrationCheckFailure("Expected one head revision, found " + heads.size() + ": "
                        + describe(heads) + "; merge them, or declare the expected heads");
            }
            return;
        }
        boolean same = heads.size() == declared.size()
                && declared.stream().allMatch(d -> heads.stream().anyMatch(h -> h.id().startsWith(d)));
        if (!same) {
            throw new MigrationCheckFailure("Expected head revisions " + String.join(", ", declared) + "; found "
                    + describe(heads));
        }
    }

    private static String describe(List<Revision> heads) {
        return heads.stream().map(CheckSession::describe).collect(Collectors.joining(", "));
    }
}

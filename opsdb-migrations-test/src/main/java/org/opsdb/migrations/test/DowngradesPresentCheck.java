package org.opsdb.migrations.test;

import java.util.List;
import java.util.stream.Collectors;
import org.opsdb.migrations.script.MigrationScript;

/** Every script has a downgrade. */
final class DowngradesPresentCheck implements Check {

    @Override
    public void run(CheckSession session) {
        List<MigrationScript> missing = session.migrations().scripts().stream()
                .filter(script -> !script.hasDowngrade()).toList();
        if (!missing.isEmpty()) {
            throw new MigrationCheckFailure(missing.stream()
                    .map(script -> "Revision " + CheckSession.describe(script.revision()) + " has no downgrade")
                    .collect(Collectors.joining("; ")));
        }
    }
}

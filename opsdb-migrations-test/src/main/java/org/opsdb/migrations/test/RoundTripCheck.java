package org.opsdb.migrations.test;

import org.opsdb.migrations.roundtrip.RoundTrip;

/**
 * The CI job's round trip from an empty database, as the console's {@code roundtrip} runs it ({@link RoundTrip}):
 * {@code upgrade heads}, then for each head {@code downgrade -1} (or the down revision that removes just that head,
 * when there are several heads or it is a merge) and {@code upgrade heads} again.
 */
final class RoundTripCheck implements Check {

    @Override
    public void run(CheckSession session) {
        session.reset();
        session.command(() -> new RoundTrip(session.migrations()).run());
    }
}

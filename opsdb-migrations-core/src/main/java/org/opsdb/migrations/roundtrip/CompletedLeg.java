package org.opsdb.migrations.roundtrip;

import org.opsdb.migrations.runtime.MigrationResult;

/**
 * A leg of a {@link RoundTrip} that ran, with what it did.
 *
 * @param leg    the command
 * @param result the revisions it ran, its warnings and the heads before and after
 */
public record CompletedLeg(RoundTripLeg leg, MigrationResult result) {
}

package org.opsdb.migrations.roundtrip;

import org.opsdb.migrations.revision.Direction;

/**
 * One command of a {@link RoundTrip}: an upgrade or a downgrade to a target.
 *
 * @param direction upgrade or downgrade
 * @param target    the revision identifier, e.g. {@code head}, {@code heads}, {@code -1} or a revision id
 */
public record RoundTripLeg(Direction direction, String target) {

    /** The leg as the console command that runs it, e.g. {@code upgrade head} or {@code downgrade -1}. */
    public String command() {
        return (direction == Direction.UP ? "upgrade " : "downgrade ") + target;
    }
}

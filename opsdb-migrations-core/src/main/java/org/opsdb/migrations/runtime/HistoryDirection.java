package org.opsdb.migrations.runtime;

import java.util.Locale;
import org.opsdb.migrations.revision.Direction;

/** What a history row records: an upgrade step, a downgrade step or a stamp ({@code up}, {@code down}, {@code stamp}). */
public enum HistoryDirection {
    UP, DOWN, STAMP;

    /** The text stored in the history table's {@code direction} column. */
    public String stored() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The direction a step of the revision graph records. */
    public static HistoryDirection of(Direction direction) {
        return direction == Direction.UP ? UP : DOWN;
    }

    /** The direction stored as {@code text}; a value the table should not hold is an error naming it. */
    public static HistoryDirection stored(String text) {
        for (HistoryDirection direction : values()) {
            if (direction.stored().equals(text)) {
                return direction;
            }
        }
        throw new MigrationException("The history table holds a row with direction '" + text
                + "'; expected up, down or stamp");
    }
}

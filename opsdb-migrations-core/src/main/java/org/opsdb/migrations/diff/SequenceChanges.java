package org.opsdb.migrations.diff;

import java.util.Objects;
import org.opsdb.migrations.operations.SequenceOptions;

/** The options an {@code ALTER SEQUENCE} must set to turn one sequence definition into another. */
final class SequenceChanges {

    private SequenceChanges() {
    }

    /** The changed options, a {@code null} (default) target spelled out as PostgreSQL's default. */
    static SequenceOptions between(SequenceOptions from, SequenceOptions to) {
        return new SequenceOptions(
                changed(from.dataType(), to.dataType(), "bigint"),
                changed(from.start(), to.start(), 1L),
                changed(from.increment(), to.increment(), 1L),
                changed(from.minValue(), to.minValue(), null),
                changed(from.maxValue(), to.maxValue(), null),
                changed(from.cache(), to.cache(), 1L),
                changed(from.cycle(), to.cycle(), Boolean.FALSE),
                Objects.equals(from.ownedBy(), to.ownedBy()) ? null
                        : to.ownedBy() == null ? SequenceOptions.NO_OWNER : to.ownedBy());
    }

    private static <T> T changed(T from, T to, T defaultValue) {
        if (Objects.equals(from, to)) {
            return null;
        }
        return to == null ? defaultValue : to;
    }
}

package org.opsdb.migrations.diff;

import java.util.ArrayList;
import java.util.List;
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

    /**
     * What changes, for {@code check}: e.g. {@code increment 50 -> 20, cache 1 -> 10} (an option a side leaves unset
     * shown as PostgreSQL's default, or {@code default} where that depends on the type).
     */
    static String describe(SequenceOptions from, SequenceOptions to) {
        List<String> what = new ArrayList<>();
        change(what, "type", from.dataType(), to.dataType(), "bigint");
        change(what, "start", from.start(), to.start(), 1L);
        change(what, "increment", from.increment(), to.increment(), 1L);
        change(what, "minvalue", from.minValue(), to.minValue(), "default");
        change(what, "maxvalue", from.maxValue(), to.maxValue(), "default");
        change(what, "cache", from.cache(), to.cache(), 1L);
        change(what, "cycle", from.cycle(), to.cycle(), Boolean.FALSE);
        change(what, "owned by", owner(from), owner(to), "none");
        return String.join(", ", what);
    }

    private static String owner(SequenceOptions options) {
        return options.ownedBy() == null || SequenceOptions.NO_OWNER.equals(options.ownedBy()) ? null
                : options.ownedBy().table() + "." + options.ownedBy().column();
    }

    private static void change(List<String> what, String option, Object from, Object to, Object defaultValue) {
        if (!Objects.equals(from, to)) {
            what.add(option + " " + (from == null ? defaultValue : from) + " -> " + (to == null ? defaultValue : to));
        }
    }

    private static <T> T changed(T from, T to, T defaultValue) {
        if (Objects.equals(from, to)) {
            return null;
        }
        return to == null ? defaultValue : to;
    }
}

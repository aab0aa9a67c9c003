package org.opsdb.migrations.fleet;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * One share of a fleet's targets, shard {@code index} of {@code count}, so that {@code count} processes, one per
 * index from 0 to count − 1, cover every target exactly once with no coordinator (e.g. the pods of a Kubernetes
 * Indexed Job). The rule: a target belongs to shard {@code CRC32(UTF-8 bytes of its name) mod count}, its name as
 * reports show it ({@link FleetTarget#name()}: the schema's name, or the JDBC URL with any password masked). A
 * target's shard depends on its name and the count alone, not on the other targets: adding or removing a target
 * moves no other target to another shard.
 *
 * @param index this process's shard, from 0 to {@code count - 1}
 * @param count how many shards share the fleet, at least 1
 */
public record FleetShard(int index, int count) {

    /** The environment variable of Kubernetes' Indexed Jobs that holds the pod's index. */
    public static final String INDEX_VARIABLE = "JOB_COMPLETION_INDEX";
    /** The environment variable that holds the number of shards (the Job's {@code completions}). */
    public static final String COUNT_VARIABLE = "OPSDB_FLEET_SHARDS";

    /** Checks the values; one line naming them. */
    public FleetShard {
        if (count < 1) {
            throw new IllegalArgumentException("Invalid shard " + index + "/" + count
                    + ": the count must be 1 or more");
        }
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("Invalid shard " + index + "/" + count + ": the index must be 0 to "
                    + (count - 1));
        }
    }

    /**
     * The shard {@code text} names, {@code I/N} (e.g. {@code 2/4}); a bad value is one line naming {@code option},
     * e.g. {@code Invalid --shard '4/4': the index must be 0 to 3}.
     */
    public static FleetShard parse(String text, String option) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 2 || !isNumber(parts[0]) || !isNumber(parts[1])) {
            throw new IllegalArgumentException("Invalid " + option + " '" + text
                    + "': must be I/N, shard I of N from 0 to N-1, e.g. 0/4");
        }
        return checked(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), "Invalid " + option + " '" + text
                + "'");
    }

    /**
     * The shard {@code option} names when given ({@link #parse}); otherwise, when {@code environment} has
     * {@value #INDEX_VARIABLE}, that index of {@value #COUNT_VARIABLE} shards; otherwise none (the whole fleet).
     * One of the two variables without the other is an error, as is a bad value.
     *
     * @param option      the shard given explicitly ({@code I/N}), or {@code null}; it wins over the environment
     * @param optionName  how messages name the option, e.g. {@code --shard}
     * @param environment the process's environment, e.g. {@link System#getenv()}
     */
    public static Optional<FleetShard> resolve(String option, String optionName, Map<String, String> environment) {
        if (option != null) {
            return Optional.of(parse(option, optionName));
        }
        String index = environment.get(INDEX_VARIABLE);
        String count = environment.get(COUNT_VARIABLE);
        if (index == null && count == null) {
            return Optional.empty();
        }
        if (count == null) {
            throw new IllegalArgumentException(INDEX_VARIABLE + " is " + index + " but " + COUNT_VARIABLE
                    + " is not set: set it to the Job's completions (the number of shards), or pass " + optionName
                    + " I/N");
        }
        if (index == null) {
            throw new IllegalArgumentException(COUNT_VARIABLE + " is " + count + " but " + INDEX_VARIABLE
                    + " is not set (a Kubernetes Job with completionMode: Indexed sets it): pass " + optionName
                    + " I/N");
        }
        String where = "Invalid " + INDEX_VARIABLE + " '" + index + "' of " + COUNT_VARIABLE + " '" + count + "'";
        if (!isNumber(index.strip()) || !isNumber(count.strip())) {
            throw new IllegalArgumentException(where + ": both must be whole numbers, the index from 0 to the count"
                    + " minus 1");
        }
        return Optional.of(checked(Integer.parseInt(index.strip()), Integer.parseInt(count.strip()), where));
    }

    /** Whether {@code target} is in this shard. */
    public boolean takes(FleetTarget target) {
        return of(target, count) == index;
    }

    /** The targets of this shard, in their order. */
    public List<FleetTarget> select(List<FleetTarget> targets) {
        return targets.stream().filter(this::takes).toList();
    }

    /** The shard of {@code target} among {@code count} shards: CRC32 of the UTF-8 bytes of its name, mod count. */
    public static int of(FleetTarget target, int count) {
        CRC32 crc = new CRC32();
        crc.update(target.name().getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % count);
    }

    /** {@code 2/4}. */
    @Override
    public String toString() {
        return index + "/" + count;
    }

    private static FleetShard checked(int index, int count, String where) {
        if (count < 1) {
            throw new IllegalArgumentException(where + ": the count must be 1 or more");
        }
        if (index >= count) {
            throw new IllegalArgumentException(where + ": the index must be 0 to " + (count - 1));
        }
        return new FleetShard(index, count);
    }

    /** 1 to 9 decimal digits (no sign, so no negative index; fits an int). */
    private static boolean isNumber(String text) {
        return text.matches("[0-9]{1,9}");
    }
}

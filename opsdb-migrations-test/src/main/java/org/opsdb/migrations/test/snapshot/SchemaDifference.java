package org.opsdb.migrations.test.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The difference between two snapshots: the lines only in the one before ({@code - line}) and the lines only in
 * the one after ({@code + line}), each group in sorted order.
 *
 * @param onlyBefore lines present before and gone after
 * @param onlyAfter  lines absent before and present after
 */
public record SchemaDifference(List<String> onlyBefore, List<String> onlyAfter) {

    /** Copies the lists. */
    public SchemaDifference {
        onlyBefore = List.copyOf(onlyBefore);
        onlyAfter = List.copyOf(onlyAfter);
    }

    /** Compares two snapshots line by line. */
    public static SchemaDifference between(List<String> before, List<String> after) {
        Set<String> removed = new TreeSet<>(before);
        after.forEach(removed::remove);
        Set<String> added = new TreeSet<>(after);
        before.forEach(added::remove);
        return new SchemaDifference(new ArrayList<>(removed), new ArrayList<>(added));
    }

    /** Whether both snapshots were the same. */
    public boolean isEmpty() {
        return onlyBefore.isEmpty() && onlyAfter.isEmpty();
    }

    /** The difference as unified-diff lines: {@code - } lines first, then {@code + } lines. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        onlyBefore.forEach(line -> lines.add("- " + line));
        onlyAfter.forEach(line -> lines.add("+ " + line));
        return lines;
    }

    /** The difference on one line, entries separated by {@code "; "}. */
    @Override
    public String toString() {
        return String.join("; ", lines());
    }
}

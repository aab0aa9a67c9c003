package org.opsdb.migrations.test.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The difference between two snapshots: the lines only in the one before ({@code - line}) and the lines only in
 * the one after ({@code + line}), each group in sorted order.
 *
 * @param onlyBefore lines present before and gone after
 * @param onlyAfter  lines absent before and present after
 */
public record SchemaDifference(List<String> onlyBefore, List<String> onlyAfter) {

    /** The name in an index or trigger line's definition. */
    private static final Pattern DEFINED_NAME =
            Pattern.compile("CREATE (?:UNIQUE )?(?:CONSTRAINT )?(?:INDEX|TRIGGER) (\\S+)");

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

    /**
     * The difference in words, one entry per object, entries separated by {@code "; "} in the order of the objects'
     * names: an object on both sides with different definitions as {@code column t.c: uuid NOT NULL DEFAULT
     * gen_random_uuid() <before>, uuid NOT NULL <after>}, any other line as {@code <line> only <before>} or
     * {@code <line> only <after>}. Lines are matched by their kind and name as {@link CatalogSnapshot} writes them
     * ({@code column t.c}, {@code constraint t.k}, {@code index i}, {@code type e}, ...).
     *
     * @param before what the first snapshot shows, e.g. {@code "after upgrade heads"}
     * @param after  what the second snapshot shows, e.g. {@code "after init"}
     */
    public String describe(String before, String after) {
        Map<String, List<String>> removed = bySubject(onlyBefore);
        Map<String, List<String>> added = bySubject(onlyAfter);
        Set<String> subjects = new TreeSet<>(removed.keySet());
        subjects.addAll(added.keySet());
        List<String> entries = new ArrayList<>();
        for (String subject : subjects) {
            List<String> was = removed.getOrDefault(subject, List.of());
            List<String> is = added.getOrDefault(subject, List.of());
            if (was.size() == 1 && is.size() == 1) {
                entries.add(subject + ": " + definition(was.get(0), subject) + " " + before + ", "
                        + definition(is.get(0), subject) + " " + after);
            } else {
                was.forEach(line -> entries.add(line + " only " + before));
                is.forEach(line -> entries.add(line + " only " + after));
            }
        }
        return String.join("; ", entries);
    }

    private static Map<String, List<String>> bySubject(List<String> lines) {
        Map<String, List<String>> subjects = new TreeMap<>();
        lines.forEach(line -> subjects.computeIfAbsent(subject(line), key -> new ArrayList<>()).add(line));
        return subjects;
    }

    /**
     * A line's kind and name: {@code column t.c} of {@code column t.c uuid NOT NULL}, {@code index i} of
     * {@code index CREATE INDEX i ON ...}, {@code function f(a integer)} of {@code function f(a integer): ...}.
     */
    private static String subject(String line) {
        int kindEnd = line.indexOf(' ');
        if (line.startsWith("foreign table ") || line.startsWith("materialized view ")) {
            kindEnd = line.indexOf(' ', kindEnd + 1);
        }
        if (kindEnd < 0) {
            return line;
        }
        String kind = line.substring(0, kindEnd);
        String rest = line.substring(kindEnd + 1);
        Matcher definition = DEFINED_NAME.matcher(rest);
        if (definition.lookingAt()) {
            return kind + " " + definition.group(1);
        }
        int arguments = rest.indexOf('(');
        int nameEnd = rest.indexOf(' ');
        if (arguments >= 0 && (nameEnd < 0 || arguments < nameEnd) && rest.indexOf(')', arguments) >= 0) {
            nameEnd = rest.indexOf(')', arguments) + 1;
        }
        String name = nameEnd < 0 ? rest : rest.substring(0, nameEnd);
        return kind + " " + (name.endsWith(":") ? name.substring(0, name.length() - 1) : name);
    }

    /** What a line says beyond its subject (index and trigger lines: their whole definition). */
    private static String definition(String line, String subject) {
        String rest = line.startsWith(subject) ? line.substring(subject.length())
                : line.substring(line.indexOf(' ') + 1);
        rest = rest.startsWith(":") ? rest.substring(1) : rest;
        return rest.isBlank() ? "(no definition)" : rest.strip();
    }

    /** The difference on one line, entries separated by {@code "; "}. */
    @Override
    public String toString() {
        return String.join("; ", lines());
    }
}

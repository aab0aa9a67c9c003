package org.opsdb.migrations.script;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.opsdb.migrations.revision.Revision;

/**
 * Reads a SQL migration file (see DESIGN.md, "SQL migration file format"): header lines {@code -- key: value}
 * (keys in lower case: {@code revision}, {@code down_revision}, {@code message}, {@code create_date},
 * {@code branch_labels}, {@code depends_on}), then sections started by a line that is exactly {@code -- upgrade}
 * or {@code -- downgrade}. Inside a section, {@code -- outside-transaction} ... {@code -- end-outside-transaction}
 * marks SQL that must run outside the transaction. Any malformation is a {@link ScriptException} whose message is
 * {@code <file>:<line>: <problem>}.
 */
public final class SqlMigrationParser {

    private static final List<String> KEYS = List.of("revision", "down_revision", "message", "create_date",
            "branch_labels", "depends_on");
    private static final String OUTSIDE = "-- outside-transaction";
    private static final String END_OUTSIDE = "-- end-outside-transaction";

    /** The two sections of a file. */
    enum Section {
        UPGRADE("-- upgrade"), DOWNGRADE("-- downgrade");

        private final String marker;

        Section(String marker) {
            this.marker = marker;
        }

        String marker() {
            return marker;
        }

        /** The section a line starts, or null. */
        static Section startedBy(String line) {
            return line.equals(UPGRADE.marker) ? UPGRADE : line.equals(DOWNGRADE.marker) ? DOWNGRADE : null;
        }
    }

    private final MessageDigest sha256;

    /** A parser (safe to share between threads). */
    public SqlMigrationParser() {
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is not available", impossible);
        }
    }

    /** Parses one file. */
    public SqlMigrationScript parse(ScriptResource resource) {
        return new Reader(resource).read();
    }

    /** The checksum of a script: the SHA-256 (hex) of its text with line endings normalised. */
    private synchronized String checksum(String normalizedText) {
        return HexFormat.of().formatHex(sha256.digest(normalizedText.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A header line's key and raw value as the pattern {@code --\\s*([a-z_]+)\\s*:(.*)} reads them, or null when
     * the line is a plain comment (read by hand: a regular expression costs a cold JVM far more, per line).
     */
    static String[] headerParts(String line) {
        int n = line.length();
        int i = 2;
        while (i < n && isRegexSpace(line.charAt(i))) {
            i++;
        }
        int keyStart = i;
        while (i < n && (line.charAt(i) == '_' || (line.charAt(i) >= 'a' && line.charAt(i) <= 'z'))) {
            i++;
        }
        int keyEnd = i;
        while (i < n && isRegexSpace(line.charAt(i))) {
            i++;
        }
        if (keyEnd == keyStart || i == n || line.charAt(i) != ':') {
            return null;
        }
        String value = line.substring(i + 1);
        for (int c = 0; c < value.length(); c++) {
            char ch = value.charAt(c);
            if (ch == '\u0085' || ch == '\u2028' || ch == '\u2029') {
                return null; // '.' does not match a line terminator
            }
        }
        return new String[] {line.substring(keyStart, keyEnd), value};
    }

    /** {@code \\s} of a regular expression: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean allBlank(List<String> lines) {
        for (String line : lines) {
            if (!line.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** State of one pass over one file. */
    private final class Reader {
        private final ScriptResource resource;
        private final String text;
        private final Map<String, String> headers = new HashMap<>();
        private final Map<String, Integer> headerLines = new HashMap<>();
        private final Map<Section, Integer> sectionLines = new EnumMap<>(Section.class);
        private final Map<Section, List<SqlBlock>> blocks = new EnumMap<>(Section.class);
        private Section section;
        private final List<String> pending = new ArrayList<>();
        private int pendingStart;
        private int outsideStart;

        Reader(ScriptResource resource) {
            this.resource = resource;
            this.text = SqlMigrationScript.normalize(resource.text());
        }

        SqlMigrationScript read() {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                line(lines[i].stripTrailing(), i + 1);
            }
            int last = Math.max(lines.length, 1);
            flush(last);
            if (outsideStart > 0) {
                throw error(outsideStart, "'" + OUTSIDE + "' is never ended by '" + END_OUTSIDE + "'");
            }
            Revision revision = revision();
            if (!sectionLines.containsKey(Section.UPGRADE)) {
                throw error(last, "missing '-- upgrade' section");
            }
            return new SqlMigrationScript(revision, resource.source(), checksum(text),
                    blocks.getOrDefault(Section.UPGRADE, List.of()),
                    blocks.getOrDefault(Section.DOWNGRADE, List.of()));
        }

        private void line(String line, int number) {
            Section started = line.startsWith("-- ") ? Section.startedBy(line) : null;
            if (started != null) {
                startSection(started, number);
                return;
            }
            if (section == null) {
                header(line, number);
            } else if (line.equals(OUTSIDE)) {
                if (outsideStart > 0) {
                    throw error(number, "'" + OUTSIDE + "' inside the block started at line " + outsideStart);
                }
                flush(number);
                outsideStart = number;
            } else if (line.equals(END_OUTSIDE)) {
                if (outsideStart == 0) {
                    throw error(number, "'" + END_OUTSIDE + "' without '" + OUTSIDE + "'");
                }
                flush(number);
                outsideStart = 0;
            } else {
                if (pending.isEmpty()) {
                    pendingStart = number;
                }
                pending.add(line);
            }
        }

        private void startSection(Section next, int number) {
            if (outsideStart > 0) {
                throw error(number, "'" + OUTSIDE + "' at line " + outsideStart + " is not ended before '"
                        + next.marker() + "'");
            }
            Integer previous = sectionLines.putIfAbsent(next, number);
            if (previous != null) {
                throw error(number, "duplicate '" + next.marker() + "' section (first at line " + previous + ")");
            }
            flush(number);
            section = next;
        }

        private void header(String line, int number) {
            if (line.isBlank()) {
                return;
            }
            if (!line.startsWith("--")) {
                throw error(number, "SQL before the '-- upgrade' section");
            }
            String[] parts = headerParts(line);
            if (parts == null) {
                return; // a plain comment
            }
            String key = parts[0];
            if (!KEYS.contains(key)) {
                throw error(number, "unknown header '" + key + "'; expected one of " + String.join(", ", KEYS));
            }
            Integer previous = headerLines.putIfAbsent(key, number);
            if (previous != null) {
                throw error(number, "duplicate header '" + key + "' (first at line " + previous + ")");
            }
            headers.put(key, parts[1].strip());
        }

        private void flush(int number) {
            if (section != null && !allBlank(pending)) {
                blocks.computeIfAbsent(section, s -> new ArrayList<>())
                        .add(new SqlBlock(String.join("\n", pending), pendingStart, outsideStart > 0));
            }
            pending.clear();
        }

        private Revision revision() {
            String id = headers.get("revision");
            if (id == null || id.isEmpty()) {
                throw error(headerLines.getOrDefault("revision", 1), "missing '-- revision:' header");
            }
            if (!resource.fileName().startsWith(id + "_") || !resource.fileName().endsWith(".sql")) {
                throw error(headerLines.get("revision"), "revision " + id + " does not match the file name "
                        + resource.fileName() + ", which must be " + id + "_<slug>.sql");
            }
            return new Revision(id, list("down_revision"), list("branch_labels"), list("depends_on"),
                    headers.get("message"), createDate(), resource.source());
        }

        private List<String> list(String key) {
            String value = headers.getOrDefault(key, "");
            if (value.isEmpty()) {
                return List.of();
            }
            List<String> items = new ArrayList<>();
            for (String item : value.split(",")) {
                String stripped = item.strip();
                if (!stripped.isEmpty()) {
                    items.add(stripped);
                }
            }
            return items;
        }

        private Instant createDate() {
            String value = headers.get("create_date");
            if (value == null || value.isEmpty()) {
                return null;
            }
            Instant canonical = canonicalInstant(value);
            if (canonical != null) {
                return canonical;
            }
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException notAnInstant) {
                try {
                    return LocalDateTime.parse(value.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notLocal) {
                    throw error(headerLines.get("create_date"), "create_date '" + value
                            + "' is not an ISO-8601 date-time, e.g. 2026-11-24T10:15:00Z");
                }
            }
        }

        /**
         * The instant of the form every generated script has ({@code 2026-11-24T10:15:00Z}) without the general
         * parser, which costs a cold start far more than this; null for any other form.
         */
        private static Instant canonicalInstant(String value) {
            if (value.length() != 20 || value.charAt(4) != '-' || value.charAt(7) != '-' || value.charAt(10) != 'T'
                    || value.charAt(13) != ':' || value.charAt(16) != ':' || value.charAt(19) != 'Z') {
                return null;
            }
            try {
                return LocalDateTime.of(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10),
                        digits(value, 11, 13), digits(value, 14, 16), digits(value, 17, 19)).toInstant(ZoneOffset.UTC);
            } catch (DateTimeException | NumberFormatException notCanonical) {
                return null; // the general parser reports it
            }
        }

        private static int digits(String value, int from, int to) {
            for (int i = from; i < to; i++) {
                if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                    throw new NumberFormatException(value);
                }
            }
            return Integer.parseInt(value, from, to, 10);
        }

        private ScriptException error(int line, String problem) {
            return new ScriptException(resource.source() + ":" + line + ": " + problem);
        }
    }
}

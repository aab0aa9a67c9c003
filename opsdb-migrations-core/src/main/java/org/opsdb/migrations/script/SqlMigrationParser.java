package org.opsdb.migrations.script;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opsdb.migrations.revision.Revision;
import org.opsdb.migrations.sql.SqlStatement;
import org.opsdb.migrations.sql.TransactionControl;

/**
 * Reads a SQL migration file (see docs/sql-format.md): header lines {@code -- key: value}
 * (keys in lower case: {@code revision}, {@code down_revision}, {@code message}, {@code create_date},
 * {@code branch_labels}, {@code depends_on}), then sections started by a line that is exactly {@code -- upgrade}
 * or {@code -- downgrade}. Inside a section, {@code -- outside-transaction} ... {@code -- end-outside-transaction}
 * marks SQL that must run outside the transaction. Any malformation is a {@link ScriptException} whose message is
 * {@code <file>:<line>: <problem>}: among them a comment line of the header that nearly is a header line (see
 * {@link HeaderKeys}), and a transaction control statement in SQL that runs in the revision's transaction (see
 * {@link TransactionControl}). A leading byte order mark is skipped (see {@link SqlMigrationScript#normalize}).
 */
public final class SqlMigrationParser {

    private static final List<String> KEYS = HeaderKeys.KEYS;
    private static final String OUTSIDE = SectionMarkers.OUTSIDE;
    private static final String END_OUTSIDE = SectionMarkers.END_OUTSIDE;
    /** The header keys whose line, misplaced into a section, would silently change the revision graph. */
    private static final List<String> GRAPH_KEYS = List.of("revision", "down_revision", "branch_labels", "depends_on");

    /** The two sections of a file. */
    enum Section {
        UPGRADE(SectionMarkers.UPGRADE), DOWNGRADE(SectionMarkers.DOWNGRADE);

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

    /** A parser (safe to share between threads). */
    public SqlMigrationParser() {
    }

    /** Parses one file. */
    public SqlMigrationScript parse(ScriptResource resource) {
        return new Reader(resource).read();
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

    /** Whether a line starting with {@code c} surely holds SQL: neither a comment nor white space before one. */
    private static boolean isSqlStart(char c) {
        return c < 128 ? c > ' ' && c != '-' : !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && Character.getType(c) != Character.FORMAT;
    }

    /** {@code \\s} of a regular expression: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }


    /**
     * The instant of the form every generated script has ({@code 2026-11-24T10:15:00Z}), computed by hand: the
     * java.time parsers and factories cost a cold start far more than this; null for any other form, and for
     * an impossible date or time, which the general parser then reports.
     */
    static Instant canonicalInstant(String value) {
        if (value.length() != 20 || value.charAt(4) != '-' || value.charAt(7) != '-' || value.charAt(10) != 'T'
                || value.charAt(13) != ':' || value.charAt(16) != ':' || value.charAt(19) != 'Z') {
            return null;
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 7);
        int day = digits(value, 8, 10);
        int hour = digits(value, 11, 13);
        int minute = digits(value, 14, 16);
        int second = digits(value, 17, 19);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour < 0
                || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        return Instant.ofEpochSecond(epochDay(year, month, day) * 86_400L + hour * 3_600L + minute * 60L + second);
    }

    /** The number of two or four decimal digits at {@code [from, to)}, or -1 when one is not a digit. */
    private static int digits(String value, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    private static int daysInMonth(int year, int month) {
        if (month == 2) {
            boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
            return leap ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /** Days from 1970-01-01 to a date of the proleptic Gregorian calendar (year 0 to 9999). */
    private static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468L;
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
        /** The SQL lines of the block being read: where they start and end in the text, their first line. */
        private int pendingFrom = -1;
        private int pendingTo;
        private int pendingStart;
        /** Whether a pending line had trailing white space (cut off, as from every line) or any text. */
        private boolean pendingTrimmed;
        private boolean pendingText;
        private int outsideStart;

        Reader(ScriptResource resource) {
            this.resource = resource;
            this.text = SqlMigrationScript.normalize(resource.text());
        }

        /**
         * One pass over the lines, each without its trailing white space. Only comment lines and header lines
         * become strings of their own; SQL lines are kept as offsets into the text.
         */
        SqlMigrationScript read() {
            int number = 0;
            int start = 0;
            while (true) {
                int newline = text.indexOf('\n', start);
                int end = newline < 0 ? text.length() : newline;
                int stripped = strippedEnd(start, end);
                number++;
                if (section == null || text.startsWith("--", start)) {
                    line(text.substring(start, stripped), number, start, end);
                } else {
                    if (stripped > start && !isSqlStart(text.charAt(start))) {
                        refuseNearMarker(text.substring(start, stripped), number);
                    }
                    pend(start, stripped, end, number);
                }
                if (newline < 0) {
                    break;
                }
                start = newline + 1;
            }
            int last = number;
            flush(last);
            if (outsideStart > 0) {
                throw error(outsideStart, "'" + OUTSIDE + "' is never ended by '" + END_OUTSIDE + "'");
            }
            Revision revision = revision();
            if (!sectionLines.containsKey(Section.UPGRADE)) {
                throw error(last, "missing '-- upgrade' section");
            }
            return new SqlMigrationScript(revision, resource.source(), text,
                    blocks.getOrDefault(Section.UPGRADE, List.of()),
                    blocks.getOrDefault(Section.DOWNGRADE, List.of()));
        }

        private int strippedEnd(int start, int end) {
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            return end;
        }

        private void line(String line, int number, int start, int end) {
            Section started = line.startsWith("-- ") ? Section.startedBy(line) : null;
            if (started != null) {
                startSection(started, number);
                return;
            }
            if (section == null) {
                header(line, number);
                return;
            }
            refuseNearMarker(line, number);
            refuseMisplacedHeader(line, number);
            if (line.equals(OUTSIDE)) {
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
                pend(start, start + line.length(), end, number);
            }
        }

        /** Adds the line at {@code [start, end)}, {@code [start, stripped)} without trailing white space. */
        private void pend(int start, int stripped, int end, int number) {
            if (pendingFrom < 0) {
                pendingFrom = start;
                pendingStart = number;
            }
            pendingTo = stripped;
            pendingTrimmed |= stripped != end;
            pendingText |= stripped > start;
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
            refuseNearMarker(line, number);
            if (!line.startsWith("--")) {
                throw error(number, "SQL before the '-- upgrade' section");
            }
            if (line.equals(OUTSIDE) || line.equals(END_OUTSIDE)) {
                throw error(number, "'" + line + "' before the '-- upgrade' section; it belongs inside a section");
            }
            String[] parts = headerParts(line);
            if (parts == null) {
                String problem = HeaderKeys.problem(line);
                if (problem != null) {
                    throw error(number, problem);
                }
                return; // a plain comment
            }
            String key = parts[0];
            if (!KEYS.contains(key)) {
                String known = HeaderKeys.nearMiss(key);
                throw error(number, "unknown header '" + key + "'; " + (known != null ? "did you mean '" + known
                        + "'?" : "expected one of " + String.join(", ", KEYS)));
            }
            Integer previous = headerLines.putIfAbsent(key, number);
            if (previous != null) {
                throw error(number, "duplicate header '" + key + "' (first at line " + previous + ")");
            }
            headers.put(key, parts[1].strip());
        }

        /** A comment line that nearly is a marker would silently move SQL into the wrong section. */
        private void refuseNearMarker(String line, int number) {
            String marker = SectionMarkers.nearMiss(line);
            if (marker != null) {
                throw error(number, "'" + SectionMarkers.shown(line) + "' is not the section marker '" + marker
                        + "', which must be written exactly so on a line of its own; fix the marker, or reword"
                        + " the comment");
            }
        }

        /** A header line inside a section is read as a comment: a misplaced down_revision makes a new base. */
        private void refuseMisplacedHeader(String line, int number) {
            String[] parts = headerParts(line);
            String key = parts != null && KEYS.contains(parts[0]) ? parts[0] : HeaderKeys.keyMeant(line);
            if (key != null && (parts != null && key.equals(parts[0]) || GRAPH_KEYS.contains(key))) {
                throw error(number, "header '" + key + "' inside the '" + section.marker() + "' section; headers"
                        + " go above '-- upgrade' (reword the comment if it is one)");
            }
        }

        private void flush(int number) {
            if (section != null && pendingText) {
                String sql = pendingTrimmed ? joinStripped(pendingFrom, pendingTo) : text.substring(pendingFrom, pendingTo);
                if (outsideStart == 0) {
                    refuseTransactionControl(sql);
                }
                blocks.computeIfAbsent(section, s -> new ArrayList<>()).add(new SqlBlock(sql, pendingStart,
                        outsideStart > 0));
            }
            pendingFrom = -1;
            pendingTrimmed = false;
            pendingText = false;
        }

        /**
         * A transaction control statement in a block that runs inside the revision's transaction would commit (or
         * roll back) part of the revision without its version row.
         */
        private void refuseTransactionControl(String sql) {
            SqlStatement control = TransactionControl.first(sql);
            if (control != null) {
                throw error(pendingStart + control.line() - 1, TransactionControl.command(control.sql())
                        + " in a transactional block: each revision runs in one transaction, committed with its"
                        + " version row; remove it, or put the SQL that must run on its own between '" + OUTSIDE
                        + "' and '" + END_OUTSIDE + "'");
            }
        }

        /** The lines from {@code from} to {@code to} (the end of the last one), each without trailing white space. */
        private String joinStripped(int from, int to) {
            StringBuilder sql = new StringBuilder(to - from);
            int start = from;
            while (true) {
                int newline = text.indexOf('\n', start);
                if (newline < 0 || newline >= to) {
                    return sql.append(text, start, to).toString();
                }
                sql.append(text, start, strippedEnd(start, newline)).append('\n');
                start = newline + 1;
            }
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

        private ScriptException error(int line, String problem) {
            return new ScriptException(resource.source() + ":" + line + ": " + problem);
        }
    }
}

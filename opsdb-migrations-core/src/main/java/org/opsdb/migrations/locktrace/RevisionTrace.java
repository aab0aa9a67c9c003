package org.opsdb.migrations.locktrace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.opsdb.migrations.revision.Revision;

/**
 * The trace of one revision's upgrade: each statement with the pre-existing tables it locked, rewrote or scanned,
 * and the tables the tracer could not fill with rows before it (those the revision touched).
 *
 * @param revision   the revision
 * @param rows       the rows each pre-existing table was given (at least) before it ran
 * @param statements its statements, in the order they ran
 * @param notFilled  the touched tables the tracer could not fill, with the reason
 */
public record RevisionTrace(Revision revision, int rows, List<TracedStatement> statements,
                            Map<String, String> notFilled) {

    /** The report's column headers. */
    static final List<String> HEADERS = List.of("line", "statement", "table", "lock", "rewrite", "scan", "held");
    /** How much of a statement the report shows. */
    static final int STATEMENT_CHARS = 60;

    /** Copies the lists. */
    public RevisionTrace {
        statements = List.copyOf(statements);
        notFilled = Map.copyOf(notFilled);
    }

    /** The statements as observed, turned into report rows: tables by name, times in milliseconds. */
    static RevisionTrace of(Revision revision, int rows, List<TracingSink.Observed> observed,
                            Map<Long, Relation> tables, ScriptPlaces places, Map<String, String> notFilled) {
        List<TracedStatement> statements = new ArrayList<>();
        Set<Long> touched = new HashSet<>();
        for (int i = 0; i < observed.size(); i++) {
            TracingSink.Observed statement = observed.get(i);
            Set<Long> oids = new HashSet<>(statement.locks.keySet());
            oids.addAll(statement.rewritten);
            oids.addAll(statement.rowsRead.keySet());
            touched.addAll(oids);
            List<TableLock> locks = new ArrayList<>();
            for (long oid : oids) {
                LockMode mode = statement.locks.get(oid);
                Integer taker = statement.takenAt.get(oid);
                TracingSink.Observed takenBy = taker == null ? statement : observed.get(taker);
                long held = mode == null ? 0 : Math.max(0, (statement.commit - takenBy.start) / 1_000_000);
                locks.add(new TableLock(tables.get(oid).display(), mode, mode != null && taker != null && taker == i,
                        takenBy.place.line() > 0 ? takenBy.place.line() : takenBy.position,
                        statement.rewritten.contains(oid), statement.rowsRead.getOrDefault(oid, 0L), held));
            }
            locks.sort(Comparator.comparing(TableLock::table));
            statements.add(new TracedStatement(statement.place.file(), statement.place.line(), statement.position,
                    statement.sql, statement.autocommit, statement.polled, (statement.end - statement.start) / 1_000_000,
                    locks, places.allows(statement.place)));
        }
        Set<String> touchedNames = new HashSet<>();
        touched.forEach(oid -> touchedNames.add(tables.get(oid).display()));
        Map<String, String> relevant = new TreeMap<>();
        notFilled.forEach((table, reason) -> {
            if (touchedNames.contains(table)) {
                relevant.put(table, reason);
            }
        });
        return new RevisionTrace(revision, rows, statements, relevant);
    }

    /** The findings of the lock check ({@value LockCheck#RULE}), in statement order. */
    public List<LockFinding> findings() {
        return statements.stream().map(LockCheck::check).flatMap(Optional::stream).toList();
    }

    /** The title line: {@code Revision ID (SOURCE): MESSAGE}. */
    public String title() {
        return "Revision " + revision.id() + " (" + revision.source() + "): " + revision.message();
    }

    /** The report's rows, one per statement and table it took a lock on, rewrote or read (see {@link #HEADERS}). */
    List<List<String>> reportRows() {
        List<List<String>> rows = new ArrayList<>();
        for (TracedStatement statement : statements) {
            String first = statement.lineColumn();
            String text = abbreviate(statement.sql());
            List<TableLock> shown = statement.tables().stream()
                    .filter(t -> t.taken() || t.rewritten() || t.rowsRead() > 0).toList();
            if (shown.isEmpty()) {
                rows.add(List.of(first, text, "-", "-", "-", "-", "-"));
            }
            for (TableLock table : shown) {
                rows.add(List.of(first, text, table.table(), table.mode() == null ? "-" : table.mode().toString(),
                        table.rewritten() ? "yes" : "no", table.rowsRead() == 0 ? "-" : table.rowsRead()
                                + (table.rowsRead() == 1 ? " row" : " rows"),
                        table.mode() == null ? "-" : table.taken() ? table.heldMillis() + " ms"
                                : "since line " + table.takenAt()));
                first = "";
                text = "";
            }
        }
        return rows;
    }

    /** The report as plain text, for the console: the title, then a table in aligned columns, then the notes. */
    public String text() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADERS);
        rows.addAll(reportRows());
        int[] widths = new int[HEADERS.size()];
        rows.forEach(row -> {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        });
        StringBuilder out = new StringBuilder(title()).append('\n');
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < row.size(); c++) {
                line.append(c == row.size() - 1 ? row.get(c) : pad(row.get(c), widths[c] + 2));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        notes().forEach(note -> out.append("  ").append(note).append('\n'));
        return out.toString();
    }

    /** The report as Markdown: a heading, a table, the notes. */
    public String markdown() {
        StringBuilder out = new StringBuilder("#### ").append(title()).append("\n\n");
        out.append("| ").append(String.join(" | ", HEADERS)).append(" |\n");
        out.append("|").append("---|".repeat(HEADERS.size())).append('\n');
        for (List<String> row : reportRows()) {
            List<String> cells = new ArrayList<>(row);
            if (!cells.get(1).isEmpty()) {
                cells.set(1, "`" + cells.get(1) + "`");
            }
            out.append("| ").append(String.join(" | ", cells.stream().map(c -> c.replace("|", "\\|")).toList()))
                    .append(" |\n");
        }
        notes().forEach(note -> out.append("\n").append(note).append('\n'));
        return out.toString();
    }

    /** {@code not filled: t (reason)}, one per touched table the tracer could not fill. */
    private List<String> notes() {
        return notFilled.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> "not filled with " + rows + " rows: " + e.getKey() + " (" + e.getValue() + ")").toList();
    }

    /** The statement on one line, cut to {@link #STATEMENT_CHARS} characters. */
    static String abbreviate(String sql) {
        String flat = sql.replaceAll("\\s+", " ").strip();
        return flat.length() <= STATEMENT_CHARS ? flat : flat.substring(0, STATEMENT_CHARS - 1) + "…";
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }
}

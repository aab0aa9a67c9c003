package org.opsdb.migrations.locktrace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The check on a trace: a statement that scans or rewrites a pre-existing table while the migrator holds a lock that
 * blocks writes (SHARE, SHARE ROW EXCLUSIVE, EXCLUSIVE, ACCESS EXCLUSIVE) on a pre-existing table — taken by that
 * statement or by an earlier one of the same transaction — is a finding at the statement's line, unless a
 * {@code -- lint: allow lock-held-across-scan: reason} comment stands before it. On a table of production size the
 * scan or rewrite lasts seconds to hours, and every writer (with ACCESS EXCLUSIVE every reader) waits for it.
 */
final class LockCheck {

    /** The rule id. */
    static final String RULE = "lock-held-across-scan";

    private LockCheck() {
    }

    /** The finding of {@code statement}, if any. */
    static Optional<LockFinding> check(TracedStatement statement) {
        List<TableLock> scanned = statement.tables().stream().filter(TableLock::scanned).toList();
        List<TableLock> rewritten = statement.tables().stream().filter(TableLock::rewritten).toList();
        List<TableLock> blocking = statement.tables().stream()
                .filter(t -> t.mode() != null && t.mode().blocksWrites()).toList();
        if ((scanned.isEmpty() && rewritten.isEmpty()) || blocking.isEmpty()
                || statement.allows().containsKey(RULE)) {
            return Optional.empty();
        }
        boolean carried = blocking.stream().anyMatch(t -> !t.taken());
        String message = locks(blocking) + " held across " + work(scanned, rewritten) + ", which blocks "
                + blocked(blocking) + " until " + (statement.autocommit() ? "the statement ends" : "the commit")
                + "; safe form: " + safeForm(statement.sql(), carried, !rewritten.isEmpty());
        return Optional.of(new LockFinding(statement.file(), statement.line(), RULE, message));
    }

    /** {@code SHARE ROW EXCLUSIVE lock on c and p}, {@code ACCESS EXCLUSIVE lock on c (taken at line 4)}, … */
    private static String locks(List<TableLock> blocking) {
        Map<String, List<TableLock>> byMode = new LinkedHashMap<>();
        blocking.stream().sorted((a, b) -> b.mode().compareTo(a.mode()))
                .forEach(t -> byMode.computeIfAbsent(t.mode() + " lock", m -> new ArrayList<>()).add(t));
        return byMode.entrySet().stream().map(e -> e.getKey() + " on " + and(e.getValue().stream()
                .map(t -> t.table() + (t.taken() ? "" : " (taken at line " + t.takenAt() + ")")).toList()))
                .collect(Collectors.joining(" and "));
    }

    /** {@code a scan of c (1000 rows) and p (1000 rows)}, {@code a rewrite of c}, or both. */
    private static String work(List<TableLock> scanned, List<TableLock> rewritten) {
        List<String> parts = new ArrayList<>();
        if (!rewritten.isEmpty()) {
            parts.add("a rewrite of " + and(rewritten.stream().map(TableLock::table).toList()));
        }
        List<TableLock> onlyScanned = scanned.stream().filter(t -> !t.rewritten()).toList();
        if (!onlyScanned.isEmpty()) {
            parts.add("a scan of " + and(onlyScanned.stream()
                    .map(t -> t.table() + " (" + t.rowsRead() + " rows)").toList()));
        }
        return String.join(" and ", parts);
    }

    /** {@code every read and write of c}, {@code every write to c and p}, or both. */
    private static String blocked(List<TableLock> blocking) {
        List<String> exclusive = blocking.stream().filter(t -> t.mode() == LockMode.ACCESS_EXCLUSIVE)
                .map(TableLock::table).toList();
        List<String> writes = blocking.stream().filter(t -> t.mode() != LockMode.ACCESS_EXCLUSIVE)
                .map(TableLock::table).toList();
        List<String> parts = new ArrayList<>();
        if (!exclusive.isEmpty()) {
            parts.add("every read and write of " + and(exclusive));
        }
        if (!writes.isEmpty()) {
            parts.add("every write to " + and(writes));
        }
        return String.join(" and ", parts);
    }

    /** The safe form for what the statement does. */
    private static String safeForm(String sql, boolean carried, boolean rewrite) {
        String text = sql.replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        if (carried) {
            return "commit the statement that takes the lock on its own (split the revision, or put what follows"
                    + " in an outside-transaction block)";
        }
        if (rewrite) {
            return "expand/contract: add a new column, backfill it in batches, switch the readers, drop the old one";
        }
        if (text.contains("FOREIGN KEY") || text.contains(" CHECK")) {
            return "ADD the constraint NOT VALID, then VALIDATE CONSTRAINT in its own transaction";
        }
        if (text.contains("SET NOT NULL")) {
            return "ADD CHECK (column IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT in its own transaction, then SET"
                    + " NOT NULL (PostgreSQL 12+ skips the scan) and drop the check";
        }
        if (text.contains("INDEX") || text.contains("UNIQUE") || text.contains("PRIMARY KEY")) {
            return "build the index with CREATE [UNIQUE] INDEX CONCURRENTLY in an outside-transaction block (then"
                    + " ADD CONSTRAINT … USING INDEX)";
        }
        return "do the scan without the lock, or commit right after the lock is taken";
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    static String and(List<String> items) {
        return items.size() <= 1 ? String.join("", items)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}

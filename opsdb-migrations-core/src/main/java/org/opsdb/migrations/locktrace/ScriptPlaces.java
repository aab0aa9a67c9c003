package org.opsdb.migrations.locktrace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opsdb.migrations.revision.Direction;
import org.opsdb.migrations.script.JavaMigrationScript;
import org.opsdb.migrations.script.MigrationScript;
import org.opsdb.migrations.script.SqlMigrationScript;

/**
 * Where a statement a script sent stands in its source, and the allows written before it. A SQL file: the line the
 * statement starts on, and the {@code -- lint: allow rule-id: reason} comment lines right above it (up to the
 * previous statement, a blank line or comment line between them allowed). A Java migration: the source file and line
 * of the migration's frame that sent it (its {@code op.} call); Java allows ({@code @LintAllow}) are not read yet.
 */
final class ScriptPlaces {

    /**
     * {@code -- lint: allow rule-id[, rule-id…]: reason}, as the lint reads it; the reason may be missing (then the
     * allow does not count).
     */
    static final Pattern ALLOW = Pattern.compile(
            "^\\s*--\\s*lint:\\s*allow\\s+([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)\\s*(?::(.*))?$");

    /** The markers that start a section: an allow above one belongs to the section before. */
    private static final List<String> SECTIONS = List.of("-- upgrade", "-- downgrade");

    private final MigrationScript script;
    private final Direction direction;
    private final String migrationClass;
    private final List<String> lines;

    ScriptPlaces(MigrationScript script, Direction direction) {
        this.script = script;
        this.direction = direction;
        this.migrationClass = script instanceof JavaMigrationScript java ? java.migration().getClass().getName()
                : null;
        this.lines = script instanceof SqlMigrationScript sql ? sql.text().lines().toList() : List.of();
    }

    /** A statement's place: its file and line (0 when unknown). */
    record Place(String file, int line) {
    }

    /** The place of the statement that ran at {@code position} (from 0), called while it is being sent. */
    Place of(int position, String sql) {
        if (script instanceof SqlMigrationScript file) {
            return new Place(script.revision().source(), file.line(direction, position, sql).orElse(0));
        }
        if (migrationClass != null) {
            Optional<StackWalker.StackFrame> frame = StackWalker.getInstance().walk(frames -> frames
                    .filter(f -> f.getClassName().equals(migrationClass)
                            || f.getClassName().startsWith(migrationClass + "$"))
                    .findFirst());
            if (frame.isPresent() && frame.get().getFileName() != null) {
                return new Place(frame.get().getFileName(), Math.max(0, frame.get().getLineNumber()));
            }
        }
        return new Place(script.revision().source(), 0);
    }

    /** The rules silenced for the statement on {@code line} of a SQL file, with their reasons (empty when none). */
    Map<String, String> allowsBefore(int line) {
        Map<String, String> allows = new LinkedHashMap<>();
        for (int i = line - 2; i >= 0 && i < lines.size(); i--) {
            String text = lines.get(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            if (!text.startsWith("--") || SECTIONS.contains(text)) {
                break;
            }
            Matcher allow = ALLOW.matcher(text);
            if (allow.matches() && allow.group(2) != null && !allow.group(2).isBlank()) {
                for (String rule : allow.group(1).split(",")) {
                    allows.putIfAbsent(rule.strip(), allow.group(2).strip());
                }
            }
        }
        return allows;
    }
}

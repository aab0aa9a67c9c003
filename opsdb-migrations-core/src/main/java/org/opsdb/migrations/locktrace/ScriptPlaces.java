package org.opsdb.migrations.locktrace;

import java.util.Map;
import java.util.Optional;
import org.opsdb.migrations.lint.LintAllows;
import org.opsdb.migrations.revision.Direction;
import org.opsdb.migrations.script.JavaMigrationScript;
import org.opsdb.migrations.script.MigrationScript;
import org.opsdb.migrations.script.MigrationSourceLine;
import org.opsdb.migrations.script.SqlMigrationScript;

/**
 * Where a statement a script sent stands in its source, and the allows that hold for it, read as the lint reads
 * them ({@link LintAllows}). A SQL file: the line the statement starts on. A Java migration: the source file and line
 * of the migration's frame that sent it (its {@code op.} call).
 */
final class ScriptPlaces {

    private final MigrationScript script;
    private final Direction direction;
    private final Class<?> migrationClass;
    private final LintAllows allows;

    ScriptPlaces(MigrationScript script, Direction direction) {
        this.script = script;
        this.direction = direction;
        this.migrationClass = script instanceof JavaMigrationScript java ? java.migration().getClass()
                : null;
        this.allows = LintAllows.of(script);
    }

    /** The rules silenced for the statement at {@code place}, with their reasons (only allows with a reason). */
    Map<String, String> allows(Place place) {
        return place.line() == 0 ? Map.of() : allows.at(place.line());
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
            Optional<MigrationSourceLine> caller = MigrationSourceLine.ofCaller(migrationClass);
            if (caller.isPresent()) {
                return new Place(caller.get().file(), Math.max(0, caller.get().line()));
            }
        }
        return new Place(script.revision().source(), 0);
    }
}

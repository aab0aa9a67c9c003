package org.opsdb.migrations.lint;

import org.opsdb.migrations.lint.TableAction.AddColumn;
import org.opsdb.migrations.lint.TableAction.AddConstraint;
import org.opsdb.migrations.lint.TableAction.ConstraintKind;

/** A UNIQUE or PRIMARY KEY constraint added to an existing table with an index built under the lock. */
final class UniqueWithoutIndex extends TableActionRule {

    UniqueWithoutIndex() {
        super("unique-without-index", "builds its index under ACCESS EXCLUSIVE, blocking reads and writes for the whole build",
                "CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... UNIQUE/PRIMARY KEY USING INDEX");
    }

    @Override
    void check(LintStatement statement, RelationName table, TableAction action, RevisionState state,
               Findings findings) {
        if (action instanceof AddConstraint add && builds(add.kind()) && !add.usingIndex()) {
            String name = add.name() == null ? "<name>" : add.name();
            findings.report(statement, this, "ADD CONSTRAINT" + (add.name() == null ? "" : " " + add.name())
                    + " " + kind(add.kind()) + " on " + table, "CREATE UNIQUE INDEX CONCURRENTLY "
                    + name + " ON " + table + " (...) in an outside-transaction block, then ALTER TABLE "
                    + table + " ADD CONSTRAINT " + name + " " + kind(add.kind()) + " USING INDEX " + name);
        } else if (action instanceof AddColumn add && add.inline() != null && builds(add.inline())) {
            findings.report(statement, this, "ADD COLUMN " + add.column() + " " + kind(add.inline()) + " on "
                    + table);
        }
    }

    private static boolean builds(ConstraintKind kind) {
        return kind == ConstraintKind.UNIQUE || kind == ConstraintKind.PRIMARY_KEY;
    }

    private static String kind(ConstraintKind kind) {
        return kind == ConstraintKind.UNIQUE ? "UNIQUE" : "PRIMARY KEY";
    }
}

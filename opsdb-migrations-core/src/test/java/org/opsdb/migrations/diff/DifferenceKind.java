package org.opsdb.migrations.diff;

import java.util.List;

/**
 * One row of {@link DifferenceKindsTest}: how to build database A (and its rows) and database B, and what the
 * comparison of A with B must say.
 *
 * @param name           the kind of difference
 * @param sqlA           builds A
 * @param sqlB           builds B
 * @param rows           fills A (these rows must survive the upgrade)
 * @param upgrade        the upgrade SQL, exactly
 * @param warnings       the warnings, exactly
 * @param hints          rename hints
 * @param schemas        the reflected schemas ({@code --schema}); empty for all
 * @param anyColumnOrder whether A may end with B's columns in another physical order (PostgreSQL appends)
 * @param plain          the upgrade SQL with plain forms, exactly, where it differs from the safe forms'
 *                       ({@code upgrade}); empty where it does not
 */
record DifferenceKind(String name, String sqlA, String sqlB, String rows, List<String> upgrade, List<String> warnings,
                      RenameHints hints, List<String> schemas, boolean anyColumnOrder, List<String> plain) {

    DifferenceKind a(String sql) {
        return new DifferenceKind(name, sql, sqlB, rows, upgrade, warnings, hints, schemas, anyColumnOrder, plain);
    }

    DifferenceKind b(String sql) {
        return new DifferenceKind(name, sqlA, sql, rows, upgrade, warnings, hints, schemas, anyColumnOrder, plain);
    }

    DifferenceKind rows(String sql) {
        return new DifferenceKind(name, sqlA, sqlB, sql, upgrade, warnings, hints, schemas, anyColumnOrder, plain);
    }

    DifferenceKind upgrade(String... sql) {
        return new DifferenceKind(name, sqlA, sqlB, rows, List.of(sql), warnings, hints, schemas, anyColumnOrder, plain);
    }

    DifferenceKind warnings(String... text) {
        return new DifferenceKind(name, sqlA, sqlB, rows, upgrade, List.of(text), hints, schemas, anyColumnOrder, plain);
    }

    DifferenceKind hints(RenameHints renames) {
        return new DifferenceKind(name, sqlA, sqlB, rows, upgrade, warnings, renames, schemas, anyColumnOrder, plain);
    }

    DifferenceKind schemas(String... names) {
        return new DifferenceKind(name, sqlA, sqlB, rows, upgrade, warnings, hints, List.of(names), anyColumnOrder, plain);
    }

    DifferenceKind inAnyColumnOrder() {
        return new DifferenceKind(name, sqlA, sqlB, rows, upgrade, warnings, hints, schemas, true, plain);
    }

    DifferenceKind plain(String... sql) {
        return new DifferenceKind(name, sqlA, sqlB, rows, upgrade, warnings, hints, schemas, anyColumnOrder,
                List.of(sql));
    }

    @Override
    public String toString() {
        return name;
    }
}

package org.opsdb.migrations.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsdb.migrations.lint.LintFixture.at;

import org.junit.jupiter.api.Test;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * {@code rename-in-use} and {@code drop-in-use}: what the previous release still reads. Their safe form is a
 * sequence of releases, which the lint cannot see: the last step (the drop) is written with an allow that says
 * why no release reads the name any more.
 */
@FreshDatabase
class InUseRulesTest {

    private final LintFixture fixture;

    InUseRulesTest(TestDatabase db) {
        this.fixture = new LintFixture(db);
    }

    private static final String RENAME = "the previous release still reads the old name and fails until every"
            + " instance is replaced; safe form: expand/contract: add the new name, write both, switch readers, drop"
            + " the old name in a later release";
    private static final String DROP = "the previous release still reads it and fails until every instance is"
            + " replaced; safe form: stop reading it in one release, drop it in the next";

    @Test
    void renamesOfExistingTablesAndColumnsAreFlagged() {
        assertThat(fixture.lintAndRun("""
                ALTER TABLE obs RENAME COLUMN note TO remark;
                ALTER TABLE IF EXISTS site RENAME TO station;
                ALTER TABLE station RENAME name TO title;
                """)).containsExactly(
                at(1, "rename-in-use", "RENAME COLUMN obs.note TO remark, " + RENAME),
                at(2, "rename-in-use", "RENAME TABLE site TO station, " + RENAME),
                at(3, "rename-in-use", "RENAME COLUMN station.name TO title, " + RENAME));
    }

    @Test
    void theExpandStepAndRenamesOfNewTablesAndColumnsAreNotFlagged() {
        assertThat(fixture.lintAndRun("""
                ALTER TABLE obs ADD COLUMN remark text;
                -- outside-transaction
                UPDATE obs SET remark = note;
                -- end-outside-transaction
                CREATE TABLE tel (id int, kind text);
                ALTER TABLE tel RENAME COLUMN kind TO sort;
                ALTER TABLE tel RENAME TO telescope;
                ALTER TABLE telescope RENAME sort TO kind;
                ALTER TABLE obs ADD COLUMN x int;
                ALTER TABLE obs RENAME COLUMN x TO y;
                """)).isEmpty();
    }

    @Test
    void dropsOfExistingTablesAndColumnsAreFlagged() {
        assertThat(fixture.lintAndRun("""
                ALTER TABLE obs DROP COLUMN IF EXISTS note;
                DROP TABLE site;
                """)).containsExactly(
                at(1, "drop-in-use", "DROP COLUMN obs.note, " + DROP),
                at(2, "drop-in-use", "DROP TABLE site, " + DROP));
    }

    @Test
    void dropsOfNewTablesAndColumnsAndAllowedDropsAreNotFlagged() {
        assertThat(fixture.lintAndRun("""
                CREATE TABLE tel (id int, kind text);
                ALTER TABLE tel DROP COLUMN kind;
                DROP TABLE tel;
                ALTER TABLE obs ADD COLUMN x int;
                ALTER TABLE obs DROP COLUMN x;
                -- lint: allow drop-in-use: no release reads obs.note since 2.3 (the contract step)
                ALTER TABLE obs DROP COLUMN note;
                """)).isEmpty();
    }
}

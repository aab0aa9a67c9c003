package org.opsdb.migrations.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A CHECK tightened and a UNIQUE constraint or unique index added on a table whose rows break them: the diff warns
 * (as for {@code SET NOT NULL}), the query the warning offers finds exactly the offending rows, and the upgrade
 * indeed fails on them. A key that includes the primary key's columns cannot fail, and is not warned about.
 */
class ConstraintWarningsTest {

    private static final String ROWS = "INSERT INTO obs VALUES (1, 'M31', 'A', 0), (2, 'M31', 'A', 5),"
            + " (3, 'm31', 'B', 7), (4, NULL, 'A', 3)";

    /** The diff's warnings from A to B, after checking each one's query against A and that the upgrade fails. */
    private static List<String> warnings(String a, String b, String query, String... offending) {
        try (RoundTrip trip = new RoundTrip(a + ROWS, b)) {
            DiffResult diff = new SchemaDiff().compare(trip.reflect(trip.a), trip.reflect(trip.b));
            String findThem = diff.warnings().get(0).lines().skip(1).findFirst().orElseThrow();
            assertThat(findThem).isEqualTo("find them: " + query);
            assertThat(RoundTrip.strings(trip.a, query.replaceFirst(";$", "")))
                    .as("the first column of the rows the query finds").containsExactly(offending);
            assertThatThrownBy(() -> RoundTrip.apply(trip.a, RoundTrip.render(diff.upgrade())))
                    .as("the upgrade on those rows").isInstanceOf(IllegalStateException.class);
            return diff.warnings();
        }
    }

    @Test
    void aTightenedCheck() {
        assertThat(warnings("CREATE TABLE obs (id int PRIMARY KEY, target text, band text, n int"
                        + " CONSTRAINT obs_n_check CHECK (n >= 0));",
                "CREATE TABLE obs (id int PRIMARY KEY, target text, band text, n int CONSTRAINT obs_n_check"
                        + " CHECK (n > 0));",
                "SELECT * FROM obs WHERE NOT (n > 0);", "1"))
                .containsExactly("changes CHECK obs_n_check on obs: this fails if a row breaks it\n"
                        + "find them: SELECT * FROM obs WHERE NOT (n > 0);");
    }

    @Test
    void aNewCheck() {
        assertThat(warnings("CREATE TABLE obs (id int PRIMARY KEY, target text, band text, n int);",
                "CREATE TABLE obs (id int PRIMARY KEY, target text, band text, n int CHECK (n < 6));",
                "SELECT * FROM obs WHERE NOT (n < 6);", "3"))
                .containsExactly("adds CHECK obs_n_check on obs: this fails if a row breaks it\n"
                        + "find them: SELECT * FROM obs WHERE NOT (n < 6);");
    }

    @Test
    void aNewCompositeUniqueConstraint() {
        assertThat(warnings("CREATE TABLE obs (id int PRIMARY KEY, target text, band text, n int);",
                "CREATE TABLE obs (id int PRIMARY KEY, target text, band text, n int,"
                        + " CONSTRAINT obs_target_band_key UNIQUE (target, band));",
                "SELECT target, band, count(*) FROM obs WHERE target IS NOT NULL AND band IS NOT NULL"
                        + " GROUP BY target, band HAVING count(*) > 1;", "M31"))
                .containsExactly("adds UNIQUE obs_target_band_key on obs: this fails if two rows share a key\n"
                        + "find them: SELECT target, band, count(*) FROM obs WHERE target IS NOT NULL AND band IS"
                        + " NOT NULL GROUP BY target, band HAVING count(*) > 1;");
    }

    @Test
    void aNewPartialUniqueExpressionIndex() {
        assertThat(warnings("CREATE TABLE obs (id int PRIMARY KEY, target text, band text, n int);",
                "CREATE TABLE obs (id int PRIMARY KEY, target text, band text, n int);"
                        + " CREATE UNIQUE INDEX obs_target_ix ON obs (lower(target)) WHERE n > 1",
                "SELECT (lower(target)), count(*) FROM obs WHERE (lower(target)) IS NOT NULL AND ((n > 1))"
                        + " GROUP BY (lower(target)) HAVING count(*) > 1;", "m31"))
                .containsExactly("adds unique index obs_target_ix on obs: this fails if two rows share a key\n"
                        + "find them: SELECT (lower(target)), count(*) FROM obs WHERE (lower(target)) IS NOT NULL"
                        + " AND ((n > 1)) GROUP BY (lower(target)) HAVING count(*) > 1;");
    }

    @Test
    void aUniqueKeyThatIncludesThePrimaryKeyCannotFailAndIsNotWarnedAbout() {
        try (RoundTrip trip = new RoundTrip("CREATE TABLE obs (id int PRIMARY KEY, target text, band text, n int);"
                + ROWS, "CREATE TABLE obs (id int PRIMARY KEY, target text, band text, n int,"
                + " CONSTRAINT obs_id_band_key UNIQUE (id, band))")) {
            assertThat(trip.run().diff.warnings()).isEmpty();
        }
    }
}

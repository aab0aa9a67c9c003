package org.opsdb.migrations.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.operations.QualifiedName;

/**
 * Issue 25, item 2: a renamed label of a native enum type (one label gone, a new one at the same position), on a
 * real PostgreSQL with rows holding the old label. Without a hint the recipe is written and the warnings say that
 * its cast fails on those rows and which hint to pass; with the hint the upgrade is {@code ALTER TYPE … RENAME
 * VALUE}, every row is kept with the new label, and the downgrade renames it back. A hint that matches nothing is
 * one line naming it and the candidates.
 */
class EnumLabelRenameTest {

    private static final String MOOD = "CREATE TYPE mood AS ENUM (%s);"
            + " CREATE TABLE t (id int PRIMARY KEY, mood mood NOT NULL DEFAULT 'HAPPY',"
            + " CONSTRAINT t_not_happy_check CHECK (id > 0 OR mood <> 'HAPPY'))";
    private static final String A = MOOD.formatted("'SAD', 'HAPPY', 'CALM'");
    private static final String B = MOOD.formatted("'SAD', 'JOYFUL', 'CALM'").replace("HAPPY", "JOYFUL");
    private static final String ROWS = "INSERT INTO t VALUES (1, 'SAD'), (2, 'HAPPY'), (3, 'HAPPY')";

    static final String WARNING = "label 'HAPPY' of enum type mood may have been renamed to 'JOYFUL' (same"
            + " position): the upgrade's cast (USING column::text::mood) fails on every row that holds 'HAPPY'; to"
            + " keep them, pass --rename mood:HAPPY=JOYFUL (rename hint enumLabel(\"mood\", \"HAPPY\", \"JOYFUL\"))";

    @Test
    void withTheHintTheLabelIsRenamedAndEveryRowKept() {
        try (RoundTrip trip = new RoundTrip(new DifferenceKind("relabel", A, B, ROWS, List.of(), List.of(),
                RenameHints.none(), List.of(), false, List.of())) {
            @Override
            void afterUpgrade() {
                assertThat(strings(a, "SELECT id || ' ' || mood FROM t ORDER BY id"))
                        .containsExactly("1 SAD", "2 JOYFUL", "3 JOYFUL");
            }
        }) {
            trip.run(RenameHints.none().parse("mood:HAPPY=JOYFUL"));
            assertThat(trip.upgradeSql).containsExactly("ALTER TYPE mood RENAME VALUE 'HAPPY' TO 'JOYFUL'");
            assertThat(trip.downgradeSql).containsExactly("ALTER TYPE mood RENAME VALUE 'JOYFUL' TO 'HAPPY'");
            assertThat(trip.diff.warnings()).isEmpty();
            assertThat(trip.diff.differences()).containsExactly("rename value 'HAPPY' of enum type mood to 'JOYFUL'");
            assertThat(RoundTrip.strings(trip.a, "SELECT id || ' ' || mood FROM t ORDER BY id"))
                    .containsExactly("1 SAD", "2 HAPPY", "3 HAPPY");
        }
    }

    @Test
    void withoutTheHintTheWarningsNameTheFailingCastAndTheHint() {
        String plain = "CREATE TYPE mood AS ENUM (%s); CREATE TABLE t (id int PRIMARY KEY, mood mood NOT NULL)";
        try (RoundTrip trip = new RoundTrip(plain.formatted("'SAD', 'HAPPY', 'CALM'"),
                plain.formatted("'SAD', 'JOYFUL', 'CALM'"))) {
            RoundTrip.execute(trip.a, ROWS);
            DiffResult diff = new SchemaDiff().compare(trip.reflect(trip.a), trip.reflect(trip.b));
            assertThat(diff.warnings()).containsExactly("removes [HAPPY] from enum type mood: rows that hold it make"
                    + " the upgrade fail; update them first", WARNING);
            List<String> upgrade = RoundTrip.render(diff.upgrade());
            assertThat(upgrade).containsExactly(
                    "ALTER TYPE mood RENAME TO mood_old",
                    "CREATE TYPE mood AS ENUM ('SAD', 'JOYFUL', 'CALM')",
                    "ALTER TABLE t ALTER COLUMN mood TYPE mood USING mood::text::mood",
                    "DROP TYPE mood_old");
            assertThatThrownBy(() -> RoundTrip.apply(trip.a, upgrade))
                    .hasMessageContaining("invalid input value for enum mood: \"HAPPY\"");
            assertThat(RoundTrip.strings(trip.a, "SELECT id || ' ' || mood FROM t ORDER BY id"))
                    .containsExactly("1 SAD", "2 HAPPY", "3 HAPPY");
        }
    }

    @Test
    void theHintsTextFormIsTypeColonLabel() {
        assertThat(RenameHints.none().parse("mood:HAPPY=JOYFUL").parse(" ops.mood:in progress=RUNNING "))
                .isEqualTo(RenameHints.none().enumLabel("mood", "HAPPY", "JOYFUL")
                        .enumLabel("ops.mood", "in progress", "RUNNING"));
        String option = RenameHints.enumLabelOption(QualifiedName.of("ops", "mood"), "HAPPY", "JOYFUL");
        assertThat(option).isEqualTo("--rename ops.mood:HAPPY=JOYFUL");
        assertThat(RenameHints.none().parse(option.substring("--rename ".length())).inverse())
                .isEqualTo(RenameHints.none().enumLabel("ops.mood", "JOYFUL", "HAPPY"));
        for (String bad : new String[] {"mood:HAPPY", ":HAPPY=JOYFUL", "mood:=JOYFUL", "mood:HAPPY=", "a.b.c:X=Y",
                ".mood:X=Y"}) {
            assertThatThrownBy(() -> RenameHints.none().parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Invalid rename '" + bad + "': use TYPE:LABEL=NEW_LABEL or"
                            + " SCHEMA.TYPE:LABEL=NEW_LABEL for a renamed enum label");
        }
    }

    @Test
    void aHintThatMatchesNothingIsOneLineNamingTheCandidates() {
        try (RoundTrip trip = new RoundTrip(A, B)) {
            SchemaDiff diff = new SchemaDiff(NamingConvention.POSTGRESQL,
                    RenameHints.none().parse("mood:GLAD=JOYFUL"));
            assertThatThrownBy(() -> diff.compare(trip.reflect(trip.a), trip.reflect(trip.b)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("--rename mood:GLAD=JOYFUL matches nothing: enum type mood does not lose label 'GLAD'"
                            + " and gain 'JOYFUL'; candidates: --rename mood:HAPPY=JOYFUL");
            SchemaDiff none = new SchemaDiff(NamingConvention.POSTGRESQL, RenameHints.none().parse("mood:SAD=GLAD"));
            assertThatThrownBy(() -> none.compare(trip.reflect(trip.a), trip.reflect(trip.a)))
                    .hasMessage("--rename mood:SAD=GLAD matches nothing: enum type mood does not lose label 'SAD'"
                            + " and gain 'GLAD'; candidates: none (no enum type loses a label and gains another)");
        }
    }
}

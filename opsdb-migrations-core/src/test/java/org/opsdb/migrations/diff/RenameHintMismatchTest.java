package org.opsdb.migrations.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Issue 26, item 4: a table or column rename hint that matches no dropped and added pair is refused in one line
 * naming the hint (as the option spells it) and the candidates, each as the option to pass, or why there is none
 * (until then it was ignored, and the drop and the add written). Two real PostgreSQL databases, reflected.
 */
class RenameHintMismatchTest {

    private static final String BEFORE = "CREATE TABLE instrument (id int PRIMARY KEY, serial text, name text);"
            + " CREATE TABLE ship (id int PRIMARY KEY)";
    private static final String AFTER = "CREATE TABLE instrument (id int PRIMARY KEY, serial_number text,"
            + " model text); CREATE TABLE vessel (id int PRIMARY KEY)";

    private static String refusal(RoundTrip trip, String hint) {
        SchemaDiff diff = new SchemaDiff(NamingConvention.POSTGRESQL, RenameHints.none().parse(hint));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> diff.compare(trip.reflect(trip.a), trip.reflect(trip.b)));
        return e.getMessage();
    }

    @Test
    void aColumnHintThatMatchesNothingNamesTheTablesDroppedAndAddedColumns() {
        try (RoundTrip trip = new RoundTrip(BEFORE, AFTER)) {
            assertThat(refusal(trip, "instrument.serial_no=serial_number")).isEqualTo("--rename"
                    + " instrument.serial_no=serial_number matches nothing: table instrument does not lose column"
                    + " serial_no and gain serial_number; candidates: --rename instrument.serial=serial_number,"
                    + " --rename instrument.serial=model, --rename instrument.name=serial_number, --rename"
                    + " instrument.name=model");
            assertThat(refusal(trip, "telescope.serial=serial_number")).isEqualTo("--rename"
                    + " telescope.serial=serial_number matches nothing: table telescope does not lose column serial"
                    + " and gain serial_number; candidates: none (no table telescope in the database)");
            assertThat(refusal(trip, "ship.id=ident")).isEqualTo("--rename ship.id=ident matches nothing: table"
                    + " ship does not lose column id and gain ident; candidates: none (no table ship in the entity"
                    + " model)");
            // the hint that matches is taken
            assertThat(new SchemaDiff(NamingConvention.POSTGRESQL, RenameHints.none()
                    .parse("instrument.serial=serial_number").parse("ship=vessel"))
                    .compare(trip.reflect(trip.a), trip.reflect(trip.b)).differences())
                    .contains("rename column instrument.serial to serial_number", "rename table ship to vessel");
        }
    }

    @Test
    void aColumnHintWithNothingDroppedOrAddedSaysSo() {
        try (RoundTrip trip = new RoundTrip(BEFORE, BEFORE.replace("name text", "name text, model text"))) {
            assertThat(refusal(trip, "instrument.serial=serial_number")).isEqualTo("--rename"
                    + " instrument.serial=serial_number matches nothing: table instrument does not lose column"
                    + " serial and gain serial_number; candidates: none (no column dropped from instrument)");
        }
        try (RoundTrip trip = new RoundTrip(BEFORE, BEFORE.replace(", name text", ""))) {
            assertThat(refusal(trip, "instrument.serial=serial_number")).endsWith("; candidates: none (no column"
                    + " added to instrument)");
        }
        try (RoundTrip trip = new RoundTrip(BEFORE, BEFORE)) {
            assertThat(refusal(trip, "instrument.serial=serial_number")).endsWith("; candidates: none (no column"
                    + " dropped from instrument or added to it)");
        }
    }

    @Test
    void aTableHintThatMatchesNothingNamesTheDroppedAndAddedTables() {
        try (RoundTrip trip = new RoundTrip(BEFORE, AFTER)) {
            assertThat(refusal(trip, "boat=vessel")).isEqualTo("--rename boat=vessel matches nothing: table boat is"
                    + " not dropped and vessel added; candidates: --rename ship=vessel");
            assertThat(refusal(trip, "ship=archive.vessel")).isEqualTo("--rename ship=archive.vessel matches"
                    + " nothing: table ship is not dropped and archive.vessel added; candidates: --rename ship=vessel");
        }
        try (RoundTrip trip = new RoundTrip(BEFORE, BEFORE)) {
            assertThat(refusal(trip, "ship=vessel")).isEqualTo("--rename ship=vessel matches nothing: table ship"
                    + " is not dropped and vessel added; candidates: none (no table dropped or added)");
        }
    }
}

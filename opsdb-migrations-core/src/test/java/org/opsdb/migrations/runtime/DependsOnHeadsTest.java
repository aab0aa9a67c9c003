package org.opsdb.migrations.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.autogenerate.ModelSource;
import org.opsdb.migrations.revision.Revision;
import org.opsdb.migrations.schema.SchemaModel;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * Issue 26, item 4: {@code depends_on} and the version table, as Alembic 1.8 keeps it. A revision that an applied
 * revision depends on is implied by it and has no row ({@code HeadMaintainer}); {@code current} lists where each
 * branch stands, the implied position of a dependency's branch included ({@code _get_all_current}); autogenerate
 * (here {@code check}, which makes the same test) accepts the database only at the heads nothing follows.
 * <p>
 * The expectations are Alembic's own answers, recorded on PostgreSQL by
 * {@code src/test/resources/alembic-recordings/record_depends_on.py} (Debian's python3-alembic 1.8.1) into
 * {@code depends_on.tsv}, for the same graph and the same steps: each row is a scenario's step and what Alembic's
 * version table, {@code alembic current} and {@code alembic revision --autogenerate} said after it. The graph:
 * {@code a1 (branch a) <- a2}; {@code b1 (branch b) <- b2, depends_on a1}; {@code c1 (branch c), depends_on a2}.
 */
@FreshDatabase
class DependsOnHeadsTest {

    /** Where we answer differently from Alembic on purpose: scenario and step → our version table, and why. */
    private static final Map<String, String> DIFFERENCES = Map.of(
            // Alembic's stamp replaces every row that shares lineage with a1 through a dependency (b2 and c1) by
            // a1, so it forgets b1, which nothing stamped away; ours keeps unrelated branches (docs/concepts.md)
            "stamp|stamp a1", "a1,b1");

    private static final ModelSource NO_MODEL = () -> SchemaModel.EMPTY;

    private final TestDatabase db;
    private final DatabaseState state;

    @TempDir
    Path dir;

    private Migrations migrations;

    DependsOnHeadsTest(TestDatabase db) {
        this.db = db;
        this.state = new DatabaseState(db);
    }

    @BeforeEach
    void scripts() throws IOException {
        state.reset();
        script("a1", "", "a", "");
        script("a2", "a1", "", "");
        script("b1", "", "b", "");
        script("b2", "b1", "", "a1");
        script("c1", "", "c", "a2");
        migrations = Migrations.configure().dataSource(db.dataSource()).locations(dir.toString()).load();
    }

    private void script(String id, String down, String label, String dependsOn) throws IOException {
        Files.writeString(dir.resolve(id + "_" + id + ".sql"), "-- revision: " + id + "\n-- down_revision: " + down
                + "\n" + (label.isEmpty() ? "" : "-- branch_labels: " + label + "\n")
                + (dependsOn.isEmpty() ? "" : "-- depends_on: " + dependsOn + "\n") + "-- message: " + id
                + "\n\n-- upgrade\nCREATE TABLE t_" + id + " (id int);\n\n-- downgrade\nDROP TABLE t_" + id + ";\n");
    }

    @Test
    void everyRecordedStepEndsAsAlembicsDid() throws IOException {
        Map<String, List<String[]>> scenarios = recording();
        assertThat(String.join(",", ids(migrations.heads()))).isEqualTo(scenarios.remove("#").get(0)[2]);
        List<String> ours = new ArrayList<>();
        List<String> alembics = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> scenario : scenarios.entrySet()) {
            state.reset();
            for (String[] row : scenario.getValue()) {
                String step = row[1];
                String[] words = step.split(" ");
                switch (words[0]) {
                    case "start" -> { }
                    case "upgrade" -> migrations.upgrade(words[1]);
                    case "downgrade" -> migrations.downgrade(words[1]);
                    case "stamp" -> migrations.stamp(words[1]);
                    default -> throw new IllegalStateException(step);
                }
                String key = scenario.getKey() + "|" + step;
                alembics.add(key + " rows=" + DIFFERENCES.getOrDefault(key, row[2]) + " current="
                        + (DIFFERENCES.containsKey(key) ? DIFFERENCES.get(key) : row[3]) + " autogenerate=" + row[4]);
                ours.add(key + " rows=" + String.join(",", rows())
                        + " current=" + String.join(",", ids(migrations.current()).stream().sorted().toList())
                        + " autogenerate=" + autogenerate());
            }
        }
        assertThat(ours).hasSize(31).containsExactlyElementsOf(alembics);
    }

    @Test
    void currentShowsTheImpliedPositionAndTheRefusalNamesWhatIsNotApplied() {
        migrations.upgrade("b@head");
        assertThat(state.versions()).containsExactly("b2");
        assertThat(ids(migrations.current())).containsExactly("a1", "b2");
        assertThatThrownBy(() -> migrations.check(NO_MODEL)).isInstanceOf(MigrationException.class)
                .hasMessage("Target database is not up to date: it is at a1, b2; not applied: a2 (" + file("a2")
                        + "), c1 (" + file("c1") + "); run 'upgrade heads' first");
        migrations.upgrade("heads");
        assertThat(state.tables()).contains("t_a1", "t_a2", "t_b1", "t_b2", "t_c1");
        assertThat(state.versions()).containsExactlyInAnyOrder("b2", "c1");
        assertThat(ids(migrations.current())).containsExactly("a2", "b2", "c1");
        assertThat(migrations.check(NO_MODEL).differences()).isNotEmpty(); // accepted: it compares
    }

    @Test
    void aRowForADependencyAsEarlierBuildsWroteItIsReadAndLeftOutAtTheNextWrite() {
        migrations.upgrade("b@head");
        state.execute("INSERT INTO alembic_version VALUES ('a1')");
        assertThat(state.versions()).containsExactlyInAnyOrder("a1", "b2");
        assertThat(ids(migrations.current())).containsExactly("a1", "b2");
        assertThat(ids(migrations.pending())).containsExactly("a2", "c1");
        migrations.upgrade("a@head");
        assertThat(state.versions()).containsExactlyInAnyOrder("a2", "b2");
    }

    /** The version table's rows, sorted; none before the first command created the table. */
    private List<String> rows() {
        return state.strings("SELECT to_regclass('alembic_version') IS NULL").equals(List.of("t")) ? List.of()
                : state.versions().stream().sorted().toList();
    }

    private String file(String id) {
        return dir.resolve(id + "_" + id + ".sql").toString();
    }

    private String autogenerate() {
        try {
            migrations.check(NO_MODEL);
            return "ok";
        } catch (MigrationException e) {
            // Alembic says the first sentence only; ours names where the database is and what is not applied
            return e.getMessage().startsWith("Target database is not up to date: ")
                    ? "Target database is not up to date." : e.getMessage();
        }
    }

    private static List<String> ids(List<Revision> revisions) {
        return revisions.stream().map(Revision::id).toList();
    }

    /** The recording: scenario → its rows (scenario, step, version table, current, autogenerate), in order. */
    private static Map<String, List<String[]>> recording() throws IOException {
        Map<String, List<String[]>> scenarios = new LinkedHashMap<>();
        try (InputStream in = DependsOnHeadsTest.class.getResourceAsStream("/alembic-recordings/depends_on.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] row = Arrays.copyOf(line.split("\t", -1), 5);
                scenarios.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row);
            }
        }
        return scenarios;
    }
}

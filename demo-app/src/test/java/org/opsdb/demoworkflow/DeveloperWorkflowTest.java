package org.opsdb.demoworkflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.opsdb.demo.OpsDbDemoApplication;
import org.opsdb.migrations.shell.OpsdbConsole;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The ops-db guide's developer workflow, end to end, through the console the demo offers
 * ({@code java -jar demo-app.jar console …}): edit an entity → {@code revision --autogenerate -m …} → review →
 * {@code upgrade head; downgrade -1; upgrade head} → {@code current} → {@code history --verbose} →
 * {@code history -r current:head}, with {@code check} telling when entities and database differ.
 */
@FreshDatabase
@ExtendWith(OutputCaptureExtension.class)
@Isolated("captures standard output and starts Spring contexts in this JVM")
class DeveloperWorkflowTest {

    static final String HEAD = "d289faf11f26";

    private final TestDatabase db;
    private CapturedOutput output;
    private List<String> connection;

    DeveloperWorkflowTest(TestDatabase db) {
        this.db = db;
    }

    /** What one console command printed and returned. */
    record Result(int exitCode, String out) {
    }

    private Result console(Class<?> application, String... command) {
        int before = output.getOut().length();
        List<String> args = new ArrayList<>(connection);
        args.addAll(List.of(command));
        int code = OpsdbConsole.run(application, args.toArray(String[]::new));
        return new Result(code, output.getOut().substring(before));
    }

    @Test
    void entityChangeAutogenerateRoundTripHistory(CapturedOutput captured, @TempDir Path revisions)
            throws IOException {
        output = captured;
        connection = List.of("--spring.datasource.url=" + db.jdbcUrl(),
                "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + (db.password() == null ? "" : db.password()),
                "--opsdb.demo.embedded.enabled=false",
                "--opsdb.migrations.locations=classpath:db/migrations,file:" + revisions);

        // the service's history, applied from the console; the entities match it
        Result upgrade = console(OpsDbDemoApplication.class, "upgrade", "head");
        assertThat(upgrade.exitCode()).isZero();
        assertThat(upgrade.out()).contains("Running upgrade 0d8b84aceca2 -> " + HEAD);
        Result clean = console(OpsDbDemoApplication.class, "check");
        assertThat(clean).isEqualTo(new Result(0, "No differences between the entity model and the database\n"));

        // a developer adds an entity: check sees it (exit 2), autogenerate writes the revision
        Result drift = console(DemoWithCalibrationApplication.class, "check");
        assertThat(drift.exitCode()).isEqualTo(2);
        assertThat(drift.out()).contains("calibration");
        Result revision = console(DemoWithCalibrationApplication.class, "revision", "--autogenerate", "-m",
                "add calibration", "--directory", revisions.toString());
        assertThat(revision.exitCode()).isZero();
        Path file = Path.of(revision.out().lines().findFirst().orElseThrow());
        Matcher id = Pattern.compile("([0-9a-f]{12})_add_calibration\\.sql").matcher(file.getFileName().toString());
        assertThat(id.matches()).as(file.toString()).isTrue();
        String newRevision = id.group(1);
        String script = Files.readString(file);
        assertThat(script).startsWith("-- revision: " + newRevision + "\n-- down_revision: " + HEAD
                + "\n-- message: add calibration\n-- create_date: ");
        assertThat(script.substring(script.indexOf("-- upgrade"))).isEqualTo("""
                -- upgrade
                CREATE TABLE calibration (id uuid NOT NULL, measured_at timestamp(6) with time zone NOT NULL, \
                name character varying(100) NOT NULL, telescope_id uuid NOT NULL, \
                CONSTRAINT calibration_pkey PRIMARY KEY (id));
                ALTER TABLE calibration ADD CONSTRAINT fk_calibration_telescope FOREIGN KEY (telescope_id) \
                REFERENCES telescope (id);

                -- downgrade
                ALTER TABLE calibration DROP CONSTRAINT fk_calibration_telescope;
                DROP TABLE calibration;
                """);

        // review done: the round trip the CI job runs
        assertThat(console(DemoWithCalibrationApplication.class, "upgrade", "head").out())
                .contains("Running upgrade " + HEAD + " -> " + newRevision + ", add calibration");
        assertThat(console(DemoWithCalibrationApplication.class, "downgrade", "-1").out())
                .contains("Running downgrade " + newRevision + " -> " + HEAD + ", add calibration");
        assertThat(console(DemoWithCalibrationApplication.class, "upgrade", "head").exitCode()).isZero();

        assertThat(console(DemoWithCalibrationApplication.class, "current"))
                .isEqualTo(new Result(0, newRevision + " (head)\n"));
        Result verbose = console(DemoWithCalibrationApplication.class, "history", "--verbose");
        assertThat(verbose.exitCode()).isZero();
        assertThat(verbose.out()).contains("Rev: " + newRevision + " (head)").contains("Parent: " + HEAD)
                .contains("add calibration");
        Result range = console(DemoWithCalibrationApplication.class, "history", "-r", "current:head");
        assertThat(range).isEqualTo(new Result(0, HEAD + " -> " + newRevision + " (head), add calibration\n"));

        assertThat(console(DemoWithCalibrationApplication.class, "check").exitCode()).isZero();
    }
}

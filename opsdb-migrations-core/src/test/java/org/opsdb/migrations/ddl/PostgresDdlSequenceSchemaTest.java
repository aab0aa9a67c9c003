package org.opsdb.migrations.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsdb.migrations.operations.ReferentialAction.CASCADE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.operations.AlterSequence;
import org.opsdb.migrations.operations.CheckConstraint;
import org.opsdb.migrations.operations.CreateDomain;
import org.opsdb.migrations.operations.CreateSchema;
import org.opsdb.migrations.operations.CreateSequence;
import org.opsdb.migrations.operations.DropDomain;
import org.opsdb.migrations.operations.DropSchema;
import org.opsdb.migrations.operations.DropSequence;
import org.opsdb.migrations.operations.MigrationOperation;
import org.opsdb.migrations.operations.QualifiedName;
import org.opsdb.migrations.operations.SequenceOptions;

/** PostgreSQL rendering: SequencesAndSchemas. */
class PostgresDdlSequenceSchemaTest {


    private static List<String> render(MigrationOperation op) {
        return new PostgresDdl().render(op);
    }

    @Test
    void createSequenceWithAllOptions() {
        SequenceOptions options = SequenceOptions.DEFAULTS.dataType("bigint").start(100).increment(5)
                .minValue(1).maxValue(1_000_000).cache(10).cycle(true).ownedBy("ops.user", "id");
        assertThat(render(new CreateSequence(QualifiedName.of("ops", "user_id_seq"), options, true))).containsExactly(
                "CREATE SEQUENCE IF NOT EXISTS ops.user_id_seq AS bigint INCREMENT BY 5 MINVALUE 1 MAXVALUE 1000000 "
                        + "START WITH 100 CACHE 10 CYCLE OWNED BY ops.\"user\".id");
        assertThat(render(new CreateSequence(QualifiedName.of("s"), null, false)))
                .containsExactly("CREATE SEQUENCE s");
    }

    @Test
    void alterAndDropSequence() {
        assertThat(render(new AlterSequence(QualifiedName.of("s"), SequenceOptions.DEFAULTS.increment(2).cycle(false))))
                .containsExactly("ALTER SEQUENCE s INCREMENT BY 2 NO CYCLE");
        assertThat(render(new AlterSequence(QualifiedName.of("s"), SequenceOptions.DEFAULTS.ownedByNone())))
                .containsExactly("ALTER SEQUENCE s OWNED BY NONE");
        assertThat(render(new DropSequence(QualifiedName.of("Seq"), true, true)))
                .containsExactly("DROP SEQUENCE IF EXISTS \"Seq\" CASCADE");
        assertThat(render(new DropSequence(QualifiedName.of("s"), false, false)))
                .containsExactly("DROP SEQUENCE s");
    }

    @Test
    void schemas() {
        assertThat(render(new CreateSchema("ops", false))).containsExactly("CREATE SCHEMA ops");
        assertThat(render(new CreateSchema("Ops", true))).containsExactly("CREATE SCHEMA IF NOT EXISTS \"Ops\"");
        assertThat(render(new DropSchema("ops", false, false))).containsExactly("DROP SCHEMA ops");
        assertThat(render(new DropSchema("user", true, true))).containsExactly("DROP SCHEMA IF EXISTS \"user\" CASCADE");
    }

    @Test
    void domains() {
        assertThat(render(new CreateDomain(QualifiedName.of("ops", "Email"), "character varying(200)", true,
                "'x@y'", List.of(new CheckConstraint("email_check", "VALUE ~~ '%@%'"),
                new CheckConstraint(null, "length(VALUE) > 2"))))).containsExactly("CREATE DOMAIN ops.\"Email\" AS"
                + " character varying(200) DEFAULT 'x@y' NOT NULL CONSTRAINT email_check CHECK (VALUE ~~ '%@%')"
                + " CHECK (length(VALUE) > 2)");
        assertThat(render(CreateDomain.of("positive", "integer"))).containsExactly("CREATE DOMAIN positive AS integer");
        assertThat(render(new DropDomain(QualifiedName.of("positive"), false, false)))
                .containsExactly("DROP DOMAIN positive");
        assertThat(render(new DropDomain(QualifiedName.of("positive"), true, true)))
                .containsExactly("DROP DOMAIN IF EXISTS positive CASCADE");
    }
}

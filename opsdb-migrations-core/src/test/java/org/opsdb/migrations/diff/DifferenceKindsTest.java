package org.opsdb.migrations.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The acceptance test of autogenerate, one row per kind of difference: database A and database B are built from
 * SQL, rows are inserted into A, the diff's upgrade SQL and warnings are checked exactly, the upgrade is applied
 * to A (A must then reflect exactly as B and keep its rows) and the downgrade is applied (A must reflect exactly
 * as before). See {@link RoundTrip}.
 */
class DifferenceKindsTest {

    private static final String T = "CREATE TABLE t (id int PRIMARY KEY, name text);";
    private static final String T_ROWS = "INSERT INTO t VALUES (1, 'a'), (2, 'b')";

    static Stream<DifferenceKind> kinds() {
        return Stream.of(
                kind("add table").a("").b(T)
                        .upgrade("CREATE TABLE t (id integer NOT NULL, name text, CONSTRAINT t_pkey PRIMARY KEY (id))"),
                kind("drop table").a(T).rows(T_ROWS).b("")
                        .upgrade("DROP TABLE t")
                        .warnings("drops table t and all its rows"),
                kind("add column").a(T).rows(T_ROWS).b("CREATE TABLE t (id int PRIMARY KEY, name text, size int)")
                        .upgrade("ALTER TABLE t ADD COLUMN size integer"),
                kind("add column in the middle of a table").a(T).rows(T_ROWS)
                        .b("CREATE TABLE t (id int PRIMARY KEY, size int, name text)")
                        .upgrade("ALTER TABLE t ADD COLUMN size integer").inAnyColumnOrder(),
                kind("drop column").a("CREATE TABLE t (id int PRIMARY KEY, name text, size int)")
                        .rows("INSERT INTO t VALUES (1, 'a', 3)").b(T)
                        .upgrade("ALTER TABLE t DROP COLUMN size")
                        .warnings("drops column t.size and its data"),
                kind("drop column in the middle of a table")
                        .a("CREATE TABLE t (id int PRIMARY KEY, size int, name text)")
                        .rows("INSERT INTO t VALUES (1, 3, 'a')").b(T)
                        .upgrade("ALTER TABLE t DROP COLUMN size")
                        .warnings("drops column t.size and its data").inAnyColumnOrder(),
                kind("widen varchar(50) to varchar(200)").a("CREATE TABLE t (id int PRIMARY KEY, name varchar(50))")
                        .rows(T_ROWS).b("CREATE TABLE t (id int PRIMARY KEY, name varchar(200))")
                        .upgrade("ALTER TABLE t ALTER COLUMN name TYPE character varying(200)"
                                + " USING name::character varying(200)"),
                kind("widen int to bigint").a("CREATE TABLE t (id int PRIMARY KEY, n int)")
                        .rows("INSERT INTO t VALUES (1, 7)").b("CREATE TABLE t (id int PRIMARY KEY, n bigint)")
                        .upgrade("ALTER TABLE t ALTER COLUMN n TYPE bigint USING n::bigint"),
                kind("narrow varchar(200) to varchar(50)").a("CREATE TABLE t (id int PRIMARY KEY, name varchar(200))")
                        .rows(T_ROWS).b("CREATE TABLE t (id int PRIMARY KEY, name varchar(50))")
                        .upgrade("ALTER TABLE t ALTER COLUMN name TYPE character varying(50)"
                                + " USING name::character varying(50)")
                        .warnings("narrows t.name from character varying(200) to character varying(50): values that"
                                + " do not fit make the upgrade fail"),
                kind("text to jsonb").a("CREATE TABLE t (id int PRIMARY KEY, doc text)")
                        .rows("INSERT INTO t VALUES (1, '{\"a\": 1}')").b("CREATE TABLE t (id int PRIMARY KEY, doc jsonb)")
                        .upgrade("ALTER TABLE t ALTER COLUMN doc TYPE jsonb USING doc::jsonb"),
                kind("set not null on a filled table").a(T).rows(T_ROWS)
                        .b("CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL)")
                        .upgrade("ALTER TABLE t DROP CONSTRAINT IF EXISTS t_name_not_null_check",
                                "ALTER TABLE t ADD CONSTRAINT t_name_not_null_check CHECK (name IS NOT NULL) NOT VALID",
                                OUTSIDE, "ALTER TABLE t VALIDATE CONSTRAINT t_name_not_null_check", END_OUTSIDE,
                                "ALTER TABLE t ALTER COLUMN name SET NOT NULL",
                                "ALTER TABLE t DROP CONSTRAINT t_name_not_null_check")
                        .plain("ALTER TABLE t ALTER COLUMN name SET NOT NULL")
                        .warnings("sets NOT NULL on t.name: this fails if a row holds NULL\nsafe form: UPDATE t SET"
                                + " name = <value> WHERE name IS NULL; ALTER TABLE t ALTER COLUMN name SET NOT NULL;"),
                kind("drop not null").a("CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL)").rows(T_ROWS).b(T)
                        .upgrade("ALTER TABLE t ALTER COLUMN name DROP NOT NULL"),
                kind("add not null column without default").a(T)
                        .b("CREATE TABLE t (id int PRIMARY KEY, name text, size int NOT NULL)")
                        .upgrade("ALTER TABLE t ADD COLUMN size integer NOT NULL")
                        .warnings("adds NOT NULL column t.size without a default: this fails if t has rows\nsafe form:"
                                + " ALTER TABLE t ADD COLUMN size integer; UPDATE t SET size = <value> WHERE size IS"
                                + " NULL; ALTER TABLE t ALTER COLUMN size SET NOT NULL; (or give it a server default:"
                                + " ALTER TABLE t ADD COLUMN size integer NOT NULL DEFAULT <value>;)"),
                kind("add not null column with a default").a(T).rows(T_ROWS)
                        .b("CREATE TABLE t (id int PRIMARY KEY, name text, size int NOT NULL DEFAULT 0)")
                        .upgrade("ALTER TABLE t ADD COLUMN size integer NOT NULL DEFAULT 0"),
                kind("add server default").a("CREATE TABLE t (id int PRIMARY KEY, n int)")
                        .rows("INSERT INTO t VALUES (1, 7)").b("CREATE TABLE t (id int PRIMARY KEY, n int DEFAULT 0)")
                        .upgrade("ALTER TABLE t ALTER COLUMN n SET DEFAULT 0"),
                kind("change server default").a("CREATE TABLE t (id int PRIMARY KEY, at timestamptz DEFAULT now())")
                        .rows("INSERT INTO t VALUES (1)")
                        .b("CREATE TABLE t (id int PRIMARY KEY, at timestamptz DEFAULT '2000-01-01')")
                        .upgrade("ALTER TABLE t ALTER COLUMN at SET DEFAULT '2000-01-01 00:00:00+00'::timestamp with"
                                + " time zone"),
                kind("drop server default").a("CREATE TABLE t (id int PRIMARY KEY, n int DEFAULT 0)")
                        .rows("INSERT INTO t VALUES (1)").b("CREATE TABLE t (id int PRIMARY KEY, n int)")
                        .upgrade("ALTER TABLE t ALTER COLUMN n DROP DEFAULT"),
                kind("add identity").a("CREATE TABLE t (id int NOT NULL, name text)").rows(T_ROWS)
                        .b("CREATE TABLE t (id int GENERATED BY DEFAULT AS IDENTITY, name text)")
                        .upgrade("ALTER TABLE t ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY"),
                kind("add identity to a nullable column").a("CREATE TABLE t (id int, name text)").rows(T_ROWS)
                        .b("CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY, name text)")
                        .upgrade("ALTER TABLE t DROP CONSTRAINT IF EXISTS t_id_not_null_check",
                                "ALTER TABLE t ADD CONSTRAINT t_id_not_null_check CHECK (id IS NOT NULL) NOT VALID",
                                OUTSIDE, "ALTER TABLE t VALIDATE CONSTRAINT t_id_not_null_check", END_OUTSIDE,
                                "ALTER TABLE t ALTER COLUMN id SET NOT NULL",
                                "ALTER TABLE t DROP CONSTRAINT t_id_not_null_check",
                                "ALTER TABLE t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY")
                        .plain("ALTER TABLE t ALTER COLUMN id SET NOT NULL",
                                "ALTER TABLE t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY"),
                kind("remove identity").a("CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY, name text)")
                        .rows("INSERT INTO t (name) VALUES ('a')").b("CREATE TABLE t (id int NOT NULL, name text)")
                        .upgrade("ALTER TABLE t ALTER COLUMN id DROP IDENTITY"),
                kind("serial column").a(T).rows(T_ROWS).b("CREATE TABLE t (id int PRIMARY KEY, name text, no serial)")
                        .upgrade("ALTER TABLE t ADD COLUMN no serial NOT NULL"),
                kind("table with a serial key").a("").b("CREATE TABLE t (id bigserial PRIMARY KEY)")
                        .upgrade("CREATE TABLE t (id bigserial NOT NULL, CONSTRAINT t_pkey PRIMARY KEY (id))"),
                kind("table comment").a(T).rows(T_ROWS).b(T + "COMMENT ON TABLE t IS 'the t''s'")
                        .upgrade("COMMENT ON TABLE t IS 'the t''s'"),
                kind("column comment").a(T).rows(T_ROWS).b(T + "COMMENT ON COLUMN t.name IS 'its name'")
                        .upgrade("COMMENT ON COLUMN t.name IS 'its name'"),
                kind("add primary key").a("CREATE TABLE t (id int NOT NULL, name text)").rows(T_ROWS).b(T)
                        .upgrade(OUTSIDE, "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS t_pkey ON t (id)",
                                END_OUTSIDE, "ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_pkey")
                        .plain("ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY (id)"),
                kind("drop primary key").a(T).rows(T_ROWS).b("CREATE TABLE t (id int NOT NULL, name text)")
                        .upgrade("ALTER TABLE t DROP CONSTRAINT t_pkey"),
                kind("change primary key").a("CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL)").rows(T_ROWS)
                        .b("CREATE TABLE t (id int, name text, PRIMARY KEY (id, name))")
                        .upgrade("ALTER TABLE t DROP CONSTRAINT IF EXISTS t_pkey", OUTSIDE,
                                "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS t_pkey ON t (id, name)", END_OUTSIDE,
                                "ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_pkey")
                        .plain("ALTER TABLE t DROP CONSTRAINT t_pkey",
                                "ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY (id, name)"),
                kind("unique constraint").a(T).rows(T_ROWS).b("CREATE TABLE t (id int PRIMARY KEY, name text UNIQUE)")
                        .upgrade(OUTSIDE, "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS t_name_key ON t (name)",
                                END_OUTSIDE, "ALTER TABLE t ADD CONSTRAINT t_name_key UNIQUE USING INDEX t_name_key")
                        .plain("ALTER TABLE t ADD CONSTRAINT t_name_key UNIQUE (name)")
                        .warnings("adds UNIQUE t_name_key on t: this fails if two rows share a key\nfind them: SELECT name,"
                                + " count(*) FROM t WHERE name IS NOT NULL GROUP BY name HAVING count(*) > 1;"),
                kind("check constraint").a(T).rows(T_ROWS)
                        .b("CREATE TABLE t (id int PRIMARY KEY CHECK (id > 0), name text)")
                        .upgrade("ALTER TABLE t DROP CONSTRAINT IF EXISTS t_id_check",
                                "ALTER TABLE t ADD CONSTRAINT t_id_check CHECK (id > 0) NOT VALID", OUTSIDE,
                                "ALTER TABLE t VALIDATE CONSTRAINT t_id_check", END_OUTSIDE)
                        .plain("ALTER TABLE t ADD CONSTRAINT t_id_check CHECK (id > 0)")
                        .warnings("adds CHECK t_id_check on t: this fails if a row breaks it\nfind them: SELECT *"
                                + " FROM t WHERE NOT (id > 0);"),
                kind("foreign key with actions, deferrable").a(PARENT + "CREATE TABLE c (id int PRIMARY KEY, p int)")
                        .rows("INSERT INTO p VALUES (1); INSERT INTO c VALUES (1, 1)")
                        .b(PARENT + "CREATE TABLE c (id int PRIMARY KEY, p int REFERENCES p ON DELETE CASCADE"
                                + " ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED)")
                        .upgrade("ALTER TABLE c DROP CONSTRAINT IF EXISTS c_p_fkey",
                                "ALTER TABLE c ADD CONSTRAINT c_p_fkey FOREIGN KEY (p) REFERENCES p (id) ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED NOT VALID",
                                OUTSIDE, "ALTER TABLE c VALIDATE CONSTRAINT c_p_fkey", END_OUTSIDE)
                        .plain("ALTER TABLE c ADD CONSTRAINT c_p_fkey FOREIGN KEY (p) REFERENCES p (id)"
                                + " ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED"),
                kind("foreign key action changed").a(PARENT + "CREATE TABLE c (id int PRIMARY KEY, p int REFERENCES p)")
                        .rows("INSERT INTO p VALUES (1); INSERT INTO c VALUES (1, 1)")
                        .b(PARENT + "CREATE TABLE c (id int PRIMARY KEY, p int REFERENCES p ON DELETE RESTRICT)")
                        .upgrade("ALTER TABLE c DROP CONSTRAINT IF EXISTS c_p_fkey",
                                "ALTER TABLE c ADD CONSTRAINT c_p_fkey FOREIGN KEY (p) REFERENCES p (id) ON DELETE RESTRICT NOT VALID",
                                OUTSIDE, "ALTER TABLE c VALIDATE CONSTRAINT c_p_fkey", END_OUTSIDE)
                        .plain("ALTER TABLE c DROP CONSTRAINT c_p_fkey",
                                "ALTER TABLE c ADD CONSTRAINT c_p_fkey FOREIGN KEY (p) REFERENCES p (id)"
                                        + " ON DELETE RESTRICT"),
                kind("foreign key cycle between two tables").a("")
                        .b("CREATE TABLE a (id int PRIMARY KEY, b_id int); CREATE TABLE b (id int PRIMARY KEY,"
                                + " a_id int REFERENCES a); ALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b")
                        .upgrade("CREATE TABLE a (id integer NOT NULL, b_id integer, CONSTRAINT a_pkey PRIMARY KEY (id))",
                                "CREATE TABLE b (id integer NOT NULL, a_id integer, CONSTRAINT b_pkey PRIMARY KEY (id))",
                                "ALTER TABLE a ADD CONSTRAINT a_b_id_fkey FOREIGN KEY (b_id) REFERENCES b (id)",
                                "ALTER TABLE b ADD CONSTRAINT b_a_id_fkey FOREIGN KEY (a_id) REFERENCES a (id)"),
                kind("unique index").a(T).rows(T_ROWS).b(T + "CREATE UNIQUE INDEX t_name_ix ON t (name)")
                        .upgrade(OUTSIDE, "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS t_name_ix ON t (name)",
                                END_OUTSIDE)
                        .plain("CREATE UNIQUE INDEX t_name_ix ON t (name)")
                        .warnings("adds unique index t_name_ix on t: this fails if two rows share a key\nfind them: SELECT"
                                + " name, count(*) FROM t WHERE name IS NOT NULL GROUP BY name HAVING count(*) > 1;"),
                kind("partial index").a(T).rows(T_ROWS).b(T + "CREATE INDEX t_name_ix ON t (name) WHERE name <> ''")
                        .upgrade(OUTSIDE,
                                "CREATE INDEX CONCURRENTLY IF NOT EXISTS t_name_ix ON t (name) WHERE (name <> ''::text)",
                                END_OUTSIDE)
                        .plain("CREATE INDEX t_name_ix ON t (name) WHERE (name <> ''::text)"),
                kind("expression index").a(T).rows(T_ROWS).b(T + "CREATE INDEX t_name_ix ON t (lower(name))")
                        .upgrade(OUTSIDE, "CREATE INDEX CONCURRENTLY IF NOT EXISTS t_name_ix ON t ((lower(name)))",
                                END_OUTSIDE)
                        .plain("CREATE INDEX t_name_ix ON t ((lower(name)))"),
                kind("gin index").a("CREATE TABLE t (id int PRIMARY KEY, tags text[])")
                        .rows("INSERT INTO t VALUES (1, '{x}')")
                        .b("CREATE TABLE t (id int PRIMARY KEY, tags text[]); CREATE INDEX t_tags_ix ON t USING gin (tags)")
                        .upgrade(OUTSIDE, "CREATE INDEX CONCURRENTLY IF NOT EXISTS t_tags_ix ON t USING gin (tags)",
                                END_OUTSIDE)
                        .plain("CREATE INDEX t_tags_ix ON t USING gin (tags)"),
                kind("index sort order").a(T).rows(T_ROWS)
                        .b(T + "CREATE INDEX t_name_ix ON t (name DESC NULLS LAST, id NULLS FIRST)")
                        .upgrade(OUTSIDE,
                                "CREATE INDEX CONCURRENTLY IF NOT EXISTS t_name_ix ON t (name DESC NULLS LAST, id NULLS FIRST)",
                                END_OUTSIDE)
                        .plain("CREATE INDEX t_name_ix ON t (name DESC NULLS LAST, id NULLS FIRST)"),
                kind("index with INCLUDE").a(T).rows(T_ROWS).b(T + "CREATE INDEX t_name_ix ON t (name) INCLUDE (id)")
                        .upgrade(OUTSIDE,
                                "CREATE INDEX CONCURRENTLY IF NOT EXISTS t_name_ix ON t (name) INCLUDE (id)",
                                END_OUTSIDE)
                        .plain("CREATE INDEX t_name_ix ON t (name) INCLUDE (id)"),
                kind("index changed").a(T + "CREATE INDEX t_name_ix ON t (name)").rows(T_ROWS)
                        .b(T + "CREATE UNIQUE INDEX t_name_ix ON t (name)")
                        .upgrade(OUTSIDE, "DROP INDEX CONCURRENTLY IF EXISTS t_name_ix",
                                "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS t_name_ix ON t (name)", END_OUTSIDE)
                        .plain("DROP INDEX t_name_ix", "CREATE UNIQUE INDEX t_name_ix ON t (name)")
                        .warnings("adds unique index t_name_ix on t: this fails if two rows share a key\nfind them: SELECT"
                                + " name, count(*) FROM t WHERE name IS NOT NULL GROUP BY name HAVING count(*) > 1;"),
                kind("create enum type").a(T).rows(T_ROWS)
                        .b("CREATE TYPE mood AS ENUM ('sad', 'ok'); CREATE TABLE t (id int PRIMARY KEY, name text,"
                                + " mood mood)")
                        .upgrade("CREATE TYPE mood AS ENUM ('sad', 'ok')", "ALTER TABLE t ADD COLUMN mood mood"),
                kind("drop enum type").a("CREATE TYPE mood AS ENUM ('sad', 'ok')").b("")
                        .upgrade("DROP TYPE mood"),
                kind("enum value added").a(MOOD_TABLE.formatted("'sad', 'happy'")).rows(MOOD_ROWS)
                        .b(MOOD_TABLE.formatted("'sad', 'ok', 'happy', 'ecstatic'"))
                        .upgrade("ALTER TYPE mood ADD VALUE 'ok' BEFORE 'happy'",
                                "ALTER TYPE mood ADD VALUE 'ecstatic' AFTER 'happy'"),
                kind("enum value removed, column with a default").a(MOOD_TABLE.formatted("'sad', 'ok', 'happy'"))
                        .rows(MOOD_ROWS).b(MOOD_TABLE.formatted("'sad', 'happy'"))
                        .upgrade(recipe("'sad', 'happy'"))
                        .warnings("removes [ok] from enum type mood: rows that hold it make the upgrade fail;"
                                + " update them first"),
                kind("enum values reordered").a(MOOD_TABLE.formatted("'sad', 'happy'")).rows(MOOD_ROWS)
                        .b(MOOD_TABLE.formatted("'happy', 'sad'"))
                        .upgrade(recipe("'happy', 'sad'")),
                kind("create domain, used by a column").a(T).rows(T_ROWS)
                        .b("CREATE DOMAIN positive AS integer NOT NULL DEFAULT 1 CONSTRAINT positive_check"
                                + " CHECK (VALUE > 0); CREATE TABLE t (id int PRIMARY KEY, name text, n positive)")
                        .upgrade("CREATE DOMAIN positive AS integer DEFAULT 1 NOT NULL CONSTRAINT positive_check"
                                + " CHECK (VALUE > 0)", "ALTER TABLE t ADD COLUMN n positive"),
                kind("drop domain").a("CREATE DOMAIN email AS varchar(200) CHECK (VALUE LIKE '%@%')").b("")
                        .upgrade("DROP DOMAIN email"),
                kind("create sequence").a("").b("CREATE SEQUENCE s START 10 INCREMENT 5 MAXVALUE 1000 CYCLE")
                        .upgrade("CREATE SEQUENCE s INCREMENT BY 5 MAXVALUE 1000 START WITH 10 CYCLE"),
                kind("drop sequence").a("CREATE SEQUENCE s AS integer").b("")
                        .upgrade("DROP SEQUENCE s"),
                kind("alter sequence").a("CREATE SEQUENCE s").b("CREATE SEQUENCE s INCREMENT BY 50 CACHE 10")
                        .upgrade("ALTER SEQUENCE s INCREMENT BY 50 CACHE 10"),
                kind("sequence owned by a column").a(T + "CREATE SEQUENCE s").rows(T_ROWS)
                        .b(T + "CREATE SEQUENCE s OWNED BY t.id")
                        .upgrade("ALTER SEQUENCE s OWNED BY t.id"),
                kind("sequence no longer owned").a(T + "CREATE SEQUENCE s OWNED BY t.id").rows(T_ROWS)
                        .b(T + "CREATE SEQUENCE s")
                        .upgrade("ALTER SEQUENCE s OWNED BY NONE"),
                kind("create schema, in a --schema scope").a("CREATE SCHEMA other; CREATE TABLE other.x (id int)")
                        .b("CREATE SCHEMA archive; CREATE TABLE archive.log (id int)").schemas("public", "archive")
                        .upgrade("CREATE SCHEMA archive", "CREATE TABLE archive.log (id integer)"),
                kind("drop schema, in a --schema scope")
                        .a("CREATE SCHEMA archive; CREATE TABLE archive.log (id int); CREATE SCHEMA other")
                        .rows("INSERT INTO archive.log VALUES (1)").b("CREATE SCHEMA other").schemas("public", "archive")
                        .upgrade("DROP TABLE archive.log", "DROP SCHEMA archive")
                        .warnings("drops table archive.log and all its rows"),
                kind("probable table rename").a("CREATE TABLE ship (id int PRIMARY KEY, name text)")
                        .rows("INSERT INTO ship VALUES (1, 'Beagle')").b("CREATE TABLE vessel (id int PRIMARY KEY, name text)")
                        .upgrade("DROP TABLE ship", "CREATE TABLE vessel (id integer NOT NULL, name text,"
                                + " CONSTRAINT vessel_pkey PRIMARY KEY (id))")
                        .warnings("drops table ship and all its rows", "table ship may have been renamed to vessel"
                                + " (same columns): to keep its rows, pass --rename ship=vessel (rename hint"
                                + " table(\"ship\", \"vessel\"))"),
                kind("probable column rename").a(T).rows(T_ROWS).b("CREATE TABLE t (id int PRIMARY KEY, title text)")
                        .upgrade("ALTER TABLE t DROP COLUMN name", "ALTER TABLE t ADD COLUMN title text")
                        .warnings("drops column t.name and its data", "column t.name may have been renamed to title"
                                + " (both text): to keep its data, pass --rename t.name=title (rename hint"
                                + " column(\"t\", \"name\", \"title\"))"),
                kind("table rename hint").a("CREATE TABLE ship (id int CONSTRAINT vessel_pkey PRIMARY KEY, name text)")
                        .rows("INSERT INTO ship VALUES (1, 'Beagle')").b("CREATE TABLE vessel (id int PRIMARY KEY, name text)")
                        .hints(RenameHints.none().table("ship", "vessel"))
                        .upgrade("ALTER TABLE ship RENAME TO vessel"),
                kind("column rename hint").a(T).rows(T_ROWS).b("CREATE TABLE t (id int PRIMARY KEY, title text)")
                        .hints(RenameHints.none().column("t", "name", "title"))
                        .upgrade("ALTER TABLE t RENAME COLUMN name TO title"));
    }

    private static final String OUTSIDE = RoundTrip.OUTSIDE;
    private static final String END_OUTSIDE = RoundTrip.END_OUTSIDE;
    private static final String PARENT = "CREATE TABLE p (id int PRIMARY KEY);";
    private static final String MOOD_TABLE = "CREATE TYPE mood AS ENUM (%s);"
            + " CREATE TABLE t (id int PRIMARY KEY, mood mood NOT NULL DEFAULT 'sad')";
    private static final String MOOD_ROWS = "INSERT INTO t VALUES (1, 'sad'), (2, 'happy')";

    private static String[] recipe(String labels) {
        return new String[] {
                "ALTER TYPE mood RENAME TO mood_old",
                "CREATE TYPE mood AS ENUM (" + labels + ")",
                "ALTER TABLE t ALTER COLUMN mood DROP DEFAULT",
                "ALTER TABLE t ALTER COLUMN mood TYPE mood USING mood::text::mood",
                "ALTER TABLE t ALTER COLUMN mood SET DEFAULT 'sad'::mood",
                "DROP TYPE mood_old"};
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void roundTrip(DifferenceKind kind) {
        try (RoundTrip trip = new RoundTrip(kind)) {
            trip.run(kind.hints());
            assertThat(trip.upgradeSql).as("upgrade SQL").containsExactlyElementsOf(kind.upgrade());
            assertThat(trip.diff.warnings()).as("warnings").containsExactlyElementsOf(kind.warnings());
        }
    }

    /** The kinds whose safe forms differ from the plain ones. */
    static Stream<DifferenceKind> kindsWithPlainForms() {
        return kinds().filter(kind -> !kind.plain().isEmpty());
    }

    /** With safe forms off ({@code --plain}), the plain DDL, which round-trips as well. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("kindsWithPlainForms")
    void roundTripWithPlainForms(DifferenceKind kind) {
        try (RoundTrip trip = new RoundTrip(kind)) {
            trip.run(kind.hints(), false);
            assertThat(trip.upgradeSql).as("upgrade SQL").containsExactlyElementsOf(kind.plain());
            assertThat(trip.diff.warnings()).as("warnings").containsExactlyElementsOf(kind.warnings());
        }
    }

    private static DifferenceKind kind(String name) {
        return new DifferenceKind(name, "", "", "", List.of(), List.of(), RenameHints.none(), List.of(), false,
                List.of());
    }
}

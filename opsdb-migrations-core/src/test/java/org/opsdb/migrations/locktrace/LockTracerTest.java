package org.opsdb.migrations.locktrace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.runtime.DatabaseState;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

@FreshDatabase
class LockTracerTest {

    static final String A = "a10000000001";
    static final String B = "b20000000002";

    private final TestDatabase db;
    private final DatabaseState state;
    @TempDir
    Path dir;

    LockTracerTest(TestDatabase db) {
        this.db = db;
        this.state = new DatabaseState(db);
    }

    @BeforeEach
    void reset() {
        state.reset();
    }

    private Path write(String id, String down, String message, String upgrade) throws IOException {
        return Files.writeString(dir.resolve(id + "_" + message.replace(' ', '_') + ".sql"), "-- revision: " + id
                + "\n-- down_revision: " + down + "\n-- message: " + message + "\n\n-- upgrade\n" + upgrade + "\n");
    }

    private LockTrace trace(String upgrade) throws IOException {
        write(A, "", "tables", """
                CREATE TABLE p (id int PRIMARY KEY);
                CREATE TABLE c (id int PRIMARY KEY, pid int, v varchar(10), n int);""");
        write(B, A, "change", upgrade);
        Migrations migrations = Migrations.configure().locations(dir.toString()).load();
        return LockTracer.of(migrations).trace(db.dataSource(), Set.of(B));
    }

    @Test
    void explore() throws IOException {
        LockTrace trace = trace("""
                ALTER TABLE c ADD CONSTRAINT c_pid_fkey FOREIGN KEY (pid) REFERENCES p (id);
                ALTER TABLE c ALTER COLUMN n SET NOT NULL;
                -- outside-transaction
                CREATE INDEX CONCURRENTLY c_v ON c (v);
                ALTER TABLE c ALTER COLUMN v TYPE varchar(20);
                ALTER TABLE c ALTER COLUMN id TYPE bigint;
                -- end-outside-transaction""");
        System.out.println(trace.text());
        System.out.println(trace.markdown());
        trace.findings().forEach(System.out::println);
    }
}

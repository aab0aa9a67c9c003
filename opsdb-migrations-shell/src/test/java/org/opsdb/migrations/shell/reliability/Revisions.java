package org.opsdb.migrations.shell.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/** SQL revision files for the reliability tests, written into a location directory. */
final class Revisions {

    static final String A = "a10000000001";
    static final String B = "b20000000002";
    static final String C = "c30000000003";

    private Revisions() {
    }

    /** A file {@code <id>_<slug>.sql} with the given header values and sections. */
    static String sql(String id, String down, String table) {
        return sql(id, down, "create " + table, "CREATE TABLE " + table + " (id int PRIMARY KEY);",
                "DROP TABLE " + table + ";");
    }

    static String sql(String id, String down, String message, String upgrade, String downgrade) {
        return "-- revision: " + id + "\n-- down_revision: " + (down == null ? "" : down) + "\n-- message: " + message
                + "\n-- create_date: 2026-11-24T10:15:00Z\n\n-- upgrade\n" + upgrade + "\n"
                + (downgrade == null ? "" : "\n-- downgrade\n" + downgrade + "\n");
    }

    /** The three-revision chain A → B → C creating tables alpha, beta, gamma. */
    static Map<String, String> chain() {
        return Map.of(A + "_create_alpha.sql", sql(A, null, "alpha"),
                B + "_create_beta.sql", sql(B, A, "beta"),
                C + "_create_gamma.sql", sql(C, B, "gamma"));
    }

    /** Empties {@code dir} and writes {@code files} into it. */
    static void layOut(Path dir, Map<String, String> files) {
        try (Stream<Path> old = Files.list(dir)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(dir.resolve(file.getKey()), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

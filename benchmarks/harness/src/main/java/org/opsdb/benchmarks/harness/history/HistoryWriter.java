package org.opsdb.benchmarks.harness.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one history in the three tools' formats, under a directory: {@code opsdb/} (our SQL files with revision
 * ids and down revisions), {@code flyway/} ({@code V<n>__<slug>.sql}) and {@code liquibase/changelog.sql} (a
 * formatted-SQL changelog, one changeset per revision with its rollback).
 */
public final class HistoryWriter {

    private static final String CREATE_DATE = "2026-01-01T00:00:00Z";

    private HistoryWriter() {
    }

    /** Writes the three forms of {@code steps} under {@code dir}; returns where each tool must look. */
    public static HistoryLocations write(List<SchemaStep> steps, Path dir) {
        try {
            Path opsdb = Files.createDirectories(dir.resolve("opsdb"));
            Path flyway = Files.createDirectories(dir.resolve("flyway"));
            Path liquibase = Files.createDirectories(dir.resolve("liquibase")).resolve("changelog.sql");
            StringBuilder changelog = new StringBuilder("--liquibase formatted sql\n");
            String previous = "";
            for (SchemaStep step : steps) {
                String id = revisionId(step.number());
                String slug = step.message().replaceAll("[^a-z0-9]+", "_");
                Files.writeString(opsdb.resolve(id + "_" + slug + ".sql"), "-- revision: " + id + "\n"
                        + "-- down_revision: " + previous + "\n"
                        + "-- message: " + step.message() + "\n"
                        + "-- create_date: " + CREATE_DATE + "\n\n"
                        + "-- upgrade\n" + step.upgrade() + ";\n\n"
                        + "-- downgrade\n" + step.downgrade() + ";\n");
                Files.writeString(flyway.resolve("V" + step.number() + "__" + slug + ".sql"), step.upgrade() + ";\n");
                changelog.append("\n--changeset bench:").append(step.number()).append('\n')
                        .append(step.upgrade()).append(";\n")
                        .append("--rollback ").append(step.downgrade()).append(";\n");
                previous = id;
            }
            Files.writeString(liquibase, changelog);
            return new HistoryLocations(opsdb, flyway, liquibase);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stable 12-hex-character revision id for step {@code number}. */
    public static String revisionId(int number) {
        return String.format("%012x", 0xbe0000000000L + number);
    }
}

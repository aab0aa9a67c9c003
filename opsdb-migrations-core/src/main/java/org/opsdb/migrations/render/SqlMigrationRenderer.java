package org.opsdb.migrations.render;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.opsdb.migrations.ddl.PostgresDdl;
import org.opsdb.migrations.operations.MigrationOperation;
import org.opsdb.migrations.operations.OutsideTransaction;
import org.opsdb.migrations.script.SectionMarkers;

/**
 * Writes a SQL migration in the format of docs/sql-format.md: {@code -- key: value} headers, then {@code -- upgrade} and
 * {@code -- downgrade} sections with one statement per line; warnings are comments at the top of the upgrade
 * ({@code -- WARNING ...}, and the safe form a warning offers on the next comment line); an outside-transaction
 * block sits between {@code -- outside-transaction} and {@code -- end-outside-transaction}; each lint finding of an
 * upgrade operation is a comment line {@code -- lint: [rule-id] ...; safe form: ...} above its statements (above
 * the block's marker for a block).
 */
public final class SqlMigrationRenderer {

    private final PostgresDdl ddl = new PostgresDdl();

    /** The script text. */
    public String render(ScriptHeader header, ScriptBody body) {
        StringBuilder out = new StringBuilder();
        out.append("-- revision: ").append(header.revision()).append('\n');
        out.append("-- down_revision: ").append(String.join(", ", header.downRevisions())).append('\n');
        if (!header.branchLabels().isEmpty()) {
            out.append("-- branch_labels: ").append(String.join(", ", header.branchLabels())).append('\n');
        }
        if (!header.dependsOn().isEmpty()) {
            out.append("-- depends_on: ").append(String.join(", ", header.dependsOn())).append('\n');
        }
        out.append("-- message: ").append(header.message().replace('\n', ' ')).append('\n');
        out.append("-- create_date: ").append(DateTimeFormatter.ISO_INSTANT.format(
                header.createDate().truncatedTo(ChronoUnit.SECONDS))).append("\n\n");
        out.append("-- upgrade\n");
        for (String warning : body.warnings()) {
            List<String> lines = warning.lines().toList();
            out.append("-- WARNING ").append(lines.get(0)).append('\n');
            lines.stream().skip(1).forEach(line -> out.append("-- ").append(line).append('\n'));
        }
        for (int i = 0; i < body.upgrade().size(); i++) {
            body.lintComments(i).forEach(comment -> out.append("-- ").append(comment).append('\n'));
            statements(out, body.upgrade().get(i));
        }
        out.append("\n-- downgrade\n");
        body.downgrade().forEach(operation -> statements(out, operation));
        return out.toString();
    }

    private void statements(StringBuilder out, MigrationOperation operation) {
        boolean outside = operation instanceof OutsideTransaction;
        if (outside) {
            out.append(SectionMarkers.OUTSIDE).append('\n');
        }
        for (String sql : ddl.render(operation)) {
            out.append(sql).append(";\n");
        }
        if (outside) {
            out.append(SectionMarkers.END_OUTSIDE).append('\n');
        }
    }
}

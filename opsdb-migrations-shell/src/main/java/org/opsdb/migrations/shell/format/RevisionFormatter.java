package org.opsdb.migrations.shell.format;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.opsdb.migrations.graph.PrintableText;
import org.opsdb.migrations.revision.Revision;
import org.opsdb.migrations.revision.RevisionGraph;
import org.opsdb.migrations.revision.Step;
import org.opsdb.migrations.runtime.AppliedStep;

/**
 * Writes revisions the way Alembic's console does, so an Alembic user reads the output without thinking:
 * {@code a1b2c3d4e5f6 -> 0f9e8d7c6b5a (head), add foo} for history lines, {@code <base> -> …} for bases,
 * {@code (branchpoint)}, {@code (mergepoint)}, {@code (head)} markers, and {@code alembic history --verbose}
 * blocks. The one place console text about revisions is made.
 */
public final class RevisionFormatter {

    private static final DateTimeFormatter CREATE_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final RevisionGraph graph;

    /** A formatter for revisions of this graph (markers depend on the graph). */
    public RevisionFormatter(RevisionGraph graph) {
        this.graph = graph;
    }

    /** A history line: {@code DOWN -> ID (labels) (head) (branchpoint) (mergepoint), message}. */
    public String historyLine(Revision revision) {
        return parents(revision) + " -> " + revision.id() + labels(revision) + markers(revision) + ", "
                + printable(revision.message());
    }

    /** A {@code heads} or {@code current} line: {@code ID (labels) (head)}. */
    public String headLine(Revision revision) {
        return revision.id() + labels(revision) + (isHead(revision) ? " (head)" : "");
    }

    /**
     * The {@code branches} block of one branch point: its line, then one {@code  -> CHILD (head), message}
     * line per child, indented by the width of the id, then an empty line.
     */
    public String branchBlock(Revision branchPoint) {
        StringBuilder text = new StringBuilder(revisionLine(branchPoint)).append('\n');
        String indent = " ".repeat(branchPoint.id().length());
        for (String child : graph.children(branchPoint.id())) {
            Revision revision = graph.get(child);
            text.append(indent).append(" -> ").append(revisionLine(revision)).append(", ")
                    .append(printable(revision.message())).append('\n');
        }
        return text.toString();
    }

    /** The {@code show} / {@code history --verbose} block of a revision, ending with an empty line. */
    public String verboseBlock(Revision revision) {
        StringBuilder text = new StringBuilder("Rev: ").append(revision.id()).append(markers(revision))
                .append('\n');
        text.append(revision.isMerge() ? "Merges: " : "Parent: ").append(parents(revision)).append('\n');
        if (!revision.dependsOn().isEmpty()) {
            text.append("Also depends on: ").append(String.join(", ", revision.dependsOn())).append('\n');
        }
        if (isBranchPoint(revision)) {
            text.append("Branches into: ").append(String.join(", ", graph.children(revision.id()))).append('\n');
        }
        if (!revision.branchLabels().isEmpty()) {
            text.append("Branch names: ").append(printable(String.join(", ", revision.branchLabels()))).append('\n');
        }
        text.append("Path: ").append(printable(String.valueOf(revision.source()))).append("\n\n");
        text.append("    ").append(printable(revision.message())).append("\n\n");
        text.append("    Revision ID: ").append(revision.id()).append('\n');
        text.append("    Revises: ").append(String.join(", ", revision.downRevisions())).append('\n');
        if (revision.createDate() != null) {
            text.append("    Create Date: ").append(CREATE_DATE.format(revision.createDate())).append('\n');
        }
        return text.toString();
    }

    /** The line printed for each step of an upgrade or downgrade: {@code Running upgrade FROM -> TO, message}. */
    public String stepLine(AppliedStep step) {
        return stepLine(new Step(step.revision(), step.direction()));
    }

    /** Same as {@link #stepLine(AppliedStep)}, for a planned step. */
    public String stepLine(Step step) {
        return describe(step);
    }

    /** {@link #stepLine(Step)}, which needs no graph. */
    static String describe(Step step) {
        Revision revision = step.revision();
        String parents = String.join(", ", revision.downRevisions());
        return switch (step.direction()) {
            case UP -> "Running upgrade " + parents + " -> " + revision.id() + ", " + printable(revision.message());
            case DOWN -> "Running downgrade " + revision.id() + " -> " + parents + ", "
                    + printable(revision.message());
        };
    }

    /** The line printed for a stamp: {@code Running stamp_revision FROM -> TO} (ids comma-separated). */
    public String stampLine(Set<String> before, Set<String> after) {
        return "Running stamp_revision " + ids(before) + " -> " + ids(after);
    }

    private String ids(Set<String> heads) {
        List<String> ordered = new ArrayList<>();
        graph.all().stream().map(Revision::id).filter(heads::contains).forEach(ordered::add);
        heads.stream().filter(id -> !ordered.contains(id)).sorted().forEach(ordered::add);
        return ordered.stream().collect(Collectors.joining(", "));
    }

    /**
     * The text with every control character (an ANSI escape's ESC, a carriage return, a line break, …) and every
     * bidirectional override written as a hexadecimal escape (ESC as {@code \x1B}, U+202E as backslash, {@code u},
     * {@code 202E}), so that what a revision file says reaches the terminal as text: it cannot recolour, move the
     * cursor, rewrite a line or reorder what follows ({@link PrintableText}, which the graph pictures use too).
     */
    public static String printable(String text) {
        return PrintableText.of(text);
    }

    private String revisionLine(Revision revision) {
        return revision.id() + labels(revision) + markers(revision);
    }

    private static String parents(Revision revision) {
        return revision.isBase() ? "<base>" : String.join(", ", revision.downRevisions());
    }

    private static String labels(Revision revision) {
        return revision.branchLabels().isEmpty() ? ""
                : " (" + printable(String.join(", ", revision.branchLabels())) + ")";
    }

    private String markers(Revision revision) {
        return (isHead(revision) ? " (head)" : "") + (isBranchPoint(revision) ? " (branchpoint)" : "")
                + (revision.isMerge() ? " (mergepoint)" : "");
    }

    private boolean isHead(Revision revision) {
        return graph.children(revision.id()).isEmpty();
    }

    private boolean isBranchPoint(Revision revision) {
        return graph.children(revision.id()).size() > 1;
    }
}

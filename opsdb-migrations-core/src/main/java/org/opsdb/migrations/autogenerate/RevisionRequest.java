package org.opsdb.migrations.autogenerate;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.opsdb.migrations.diff.NamingConvention;
import org.opsdb.migrations.diff.RenameHints;

/**
 * What {@code revision} should write. Build with {@link #of} and the withers:
 * {@code RevisionRequest.of("add foo").autogenerate(model).format(ScriptFormat.JAVA).directory(dir)}.
 *
 * @param message      the revision message
 * @param autogenerate the mapped model to compare with the database, or {@code null} for an empty script
 * @param head         the head the revision goes on ({@code head} by default; a branch label or id when several)
 * @param branchLabel  a branch label for the new revision, or {@code null}
 * @param dependsOn    revisions it depends on
 * @param mergeOf      revisions it merges (non-empty: a merge revision, {@code head} is ignored)
 * @param format       SQL or Java
 * @param directory    where the file goes
 * @param javaPackage  the package of a Java revision
 * @param renameHints  renames the comparison should honour
 * @param naming       names for unnamed constraints and indexes
 * @param safeForms    whether changes to tables that exist take their safe forms; {@code null} for the
 *                     {@linkplain org.opsdb.migrations.MigrationsSettings#autogenerateSafeForms() setting}
 */
public record RevisionRequest(String message, ModelSource autogenerate, String head, String branchLabel,
                              List<String> dependsOn, List<String> mergeOf, ScriptFormat format, Path directory,
                              String javaPackage, RenameHints renameHints, NamingConvention naming,
                              Boolean safeForms) {

    /** Fills defaults and copies the lists. */
    public RevisionRequest {
        message = message == null ? "" : message;
        head = head == null || head.isBlank() ? "head" : head;
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        mergeOf = mergeOf == null ? List.of() : List.copyOf(mergeOf);
        format = format == null ? ScriptFormat.SQL : format;
        renameHints = renameHints == null ? RenameHints.none() : renameHints;
        naming = naming == null ? NamingConvention.POSTGRESQL : naming;
    }

    /** An empty SQL revision with this message on {@code head}, written to the current directory. */
    public static RevisionRequest of(String message) {
        return new RevisionRequest(message, null, "head", null, List.of(), List.of(), ScriptFormat.SQL,
                Path.of("."), null, RenameHints.none(), NamingConvention.POSTGRESQL, null);
    }

    /** Compares the database with {@code model}. */
    public RevisionRequest autogenerate(ModelSource model) {
        return new RevisionRequest(message, model, head, branchLabel, dependsOn, mergeOf, format, directory,
                javaPackage, renameHints, naming, safeForms);
    }

    /** Puts the revision on {@code target} (e.g. {@code mybranch@head}). */
    public RevisionRequest head(String target) {
        return new RevisionRequest(message, autogenerate, target, branchLabel, dependsOn, mergeOf, format, directory,
                javaPackage, renameHints, naming, safeForms);
    }

    /** Gives the revision a branch label. */
    public RevisionRequest branchLabel(String label) {
        return new RevisionRequest(message, autogenerate, head, label, dependsOn, mergeOf, format, directory,
                javaPackage, renameHints, naming, safeForms);
    }

    /** Makes the revision depend on others. */
    public RevisionRequest dependsOn(List<String> revisions) {
        return new RevisionRequest(message, autogenerate, head, branchLabel, revisions, mergeOf, format, directory,
                javaPackage, renameHints, naming, safeForms);
    }

    /** Makes the revision a merge of {@code revisions}. */
    public RevisionRequest mergeOf(List<String> revisions) {
        return new RevisionRequest(message, autogenerate, head, branchLabel, dependsOn, revisions, format, directory,
                javaPackage, renameHints, naming, safeForms);
    }

    /** SQL or Java. */
    public RevisionRequest format(ScriptFormat scriptFormat) {
        return new RevisionRequest(message, autogenerate, head, branchLabel, dependsOn, mergeOf, scriptFormat,
                directory, javaPackage, renameHints, naming, safeForms);
    }

    /** Where the file goes. */
    public RevisionRequest directory(Path dir) {
        return new RevisionRequest(message, autogenerate, head, branchLabel, dependsOn, mergeOf, format,
                Objects.requireNonNull(dir, "directory"), javaPackage, renameHints, naming, safeForms);
    }

    /** The package of a Java revision. */
    public RevisionRequest javaPackage(String packageName) {
        return new RevisionRequest(message, autogenerate, head, branchLabel, dependsOn, mergeOf, format, directory,
                packageName, renameHints, naming, safeForms);
    }

    /** Renames to honour. */
    public RevisionRequest renameHints(RenameHints hints) {
        return new RevisionRequest(message, autogenerate, head, branchLabel, dependsOn, mergeOf, format, directory,
                javaPackage, hints, naming, safeForms);
    }

    /** The naming convention for unnamed constraints and indexes. */
    public RevisionRequest naming(NamingConvention convention) {
        return new RevisionRequest(message, autogenerate, head, branchLabel, dependsOn, mergeOf, format, directory,
                javaPackage, renameHints, convention, safeForms);
    }

    /** Safe forms on ({@code true}) or off ({@code false}, the console's {@code --plain}); {@code null}: the setting. */
    public RevisionRequest safeForms(Boolean safe) {
        return new RevisionRequest(message, autogenerate, head, branchLabel, dependsOn, mergeOf, format, directory,
                javaPackage, renameHints, naming, safe);
    }
}

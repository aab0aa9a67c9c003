package org.opsdb.migrations.render;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.opsdb.migrations.operations.MigrationOperation;
import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.script.Migration;
import org.opsdb.migrations.script.MigrationRevision;

/**
 * Writes a Java {@link Migration} with JavaPoet (so imports are always complete): an annotated class whose
 * {@code upgrade} and {@code downgrade} call the {@link Operations} API ({@code op.createEnum(...)},
 * {@code op.createTable("t", Column.of(...), ...)}, {@code op.alterColumn(...)}, ... see {@code OperationCalls}) and
 * {@code op.execute(sql)} for what the API cannot say; an outside-transaction block becomes
 * {@code op.outsideTransaction(outside -> { ... })}. Warnings
 * become comments at the top of {@code upgrade}, each lint finding of an operation a comment
 * {@code // lint: [rule-id] ...; safe form: ...} above its call.
 */
public final class JavaMigrationRenderer {

    /** The source of class {@code className} in {@code javaPackage}. */
    public String render(ScriptHeader header, ScriptBody body, String javaPackage, String className) {
        AnnotationSpec.Builder revision = AnnotationSpec.builder(MigrationRevision.class)
                .addMember("id", "$S", header.revision());
        if (!header.downRevisions().isEmpty()) {
            revision.addMember("down", strings(header.downRevisions()));
        }
        if (!header.branchLabels().isEmpty()) {
            revision.addMember("branchLabels", strings(header.branchLabels()));
        }
        if (!header.dependsOn().isEmpty()) {
            revision.addMember("dependsOn", strings(header.dependsOn()));
        }
        revision.addMember("message", "$S", header.message())
                .addMember("createDate", "$S", DateTimeFormatter.ISO_INSTANT.format(
                        header.createDate().truncatedTo(ChronoUnit.SECONDS)));
        MethodSpec.Builder upgrade = method("upgrade");
        header(upgrade, body.warnings());
        for (int i = 0; i < body.upgrade().size(); i++) {
            body.lintComments(i).forEach(comment -> upgrade.addComment("$L", comment));
            upgrade.addCode(call(body.upgrade().get(i)));
        }
        MethodSpec.Builder downgrade = method("downgrade");
        body.downgrade().forEach(op -> downgrade.addCode(call(op)));
        TypeSpec type = TypeSpec.classBuilder(className)
                .addJavadoc("$L\n", header.message().isBlank() ? "Revision " + header.revision() : header.message())
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(Migration.class)
                .addAnnotation(revision.build())
                .addMethod(upgrade.build())
                .addMethod(downgrade.build())
                .build();
        return JavaFile.builder(javaPackage, type).indent("    ").skipJavaLangImports(true).build().toString();
    }

    private static void header(MethodSpec.Builder method, List<String> warnings) {
        for (String warning : warnings) {
            List<String> lines = warning.lines().toList();
            method.addComment("WARNING $L", lines.get(0));
            lines.stream().skip(1).forEach(line -> method.addComment("$L", line));
        }
    }

    private static MethodSpec.Builder method(String name) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .addParameter(Operations.class, "op");
    }

    private static CodeBlock strings(List<String> values) {
        return CodeBlock.of("{$L}", CodeBlock.join(values.stream().map(v -> CodeBlock.of("$S", v)).toList(), ", "));
    }

    private static CodeBlock call(MigrationOperation operation) {
        return OperationCalls.orExecute(operation);
    }
}

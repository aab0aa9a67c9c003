package org.opsdb.migrations.lint;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opsdb.migrations.ddl.SqlOperations;
import org.opsdb.migrations.lint.StatementForm.NotAnalysed;
import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.operations.OutsideTransactionFlag;
import org.opsdb.migrations.operations.SqlSink;
import org.opsdb.migrations.script.JavaMigrationScript;
import org.opsdb.migrations.script.LintAllow;
import org.opsdb.migrations.script.MigrationScript;
import org.opsdb.migrations.script.MigrationSourceLine;
import org.opsdb.migrations.sql.SqlStatement;
import org.opsdb.migrations.sql.SqlStatementSplitter;

/**
 * The upgrade statements of a Java migration (or any script that is not an SQL file): its {@code upgrade(op)}
 * runs against a sink that records each statement, whether it is inside {@code op.outsideTransaction}, and the
 * source file and line of the migration's own frame that called the operation. Allows come from
 * {@link LintAllow} on the class and on its {@code upgrade} method. A migration that throws offline (one that
 * reads the database, say) is a not-analysed finding at the line that threw.
 */
final class OperationStatements {

    private OperationStatements() {
    }

    /** The statements of the script's upgrade. */
    static List<LintStatement> read(MigrationScript script) {
        Class<?> type = script instanceof JavaMigrationScript java ? java.migration().getClass() : script.getClass();
        Map<String, String> allows = allows(type);
        Recorder recorder = new Recorder(type, allows);
        try {
            script.upgrade(SqlOperations.rendering(recorder));
        } catch (RuntimeException | LinkageError e) {
            MigrationSourceLine origin = MigrationSourceLine.in(type, e).orElse(unplaced(type));
            recorder.statements.add(new LintStatement(origin.file(), Math.max(1, origin.line()), "",
                    recorder.outside.outside(), new NotAnalysed("the rest of upgrade(op) (it threw "
                    + e.getClass().getSimpleName()
                    + " offline)"), allows));
        }
        // an allow without a reason is reported once, at the first statement
        for (int i = 1; i < recorder.statements.size(); i++) {
            LintStatement statement = recorder.statements.get(i);
            Map<String, String> given = new LinkedHashMap<>(statement.allows());
            given.values().removeIf(String::isBlank);
            recorder.statements.set(i, new LintStatement(statement.file(), statement.line(), statement.sql(),
                    statement.outsideTransaction(), statement.form(), given));
        }
        return recorder.statements;
    }

    /** The allows on the class and on its upgrade method (the method's win). */
    static Map<String, String> allows(Class<?> type) {
        Map<String, String> allows = new LinkedHashMap<>();
        for (LintAllow allow : type.getAnnotationsByType(LintAllow.class)) {
            allows.put(allow.rule(), allow.reason().strip());
        }
        try {
            Method upgrade = type.getMethod("upgrade", Operations.class);
            for (LintAllow allow : upgrade.getAnnotationsByType(LintAllow.class)) {
                allows.put(allow.rule(), allow.reason().strip());
            }
        } catch (NoSuchMethodException e) {
            // not a Migration: the class's allows only
        }
        return allows;
    }

    /** Where a statement no frame of the migration locates is reported: its source file, line 1. */
    private static MigrationSourceLine unplaced(Class<?> type) {
        return new MigrationSourceLine(MigrationSourceLine.sourceFile(type), 1);
    }

    /** The sink that records. */
    private static final class Recorder implements SqlSink {
        private final Class<?> type;
        private final Map<String, String> allows;
        private final List<LintStatement> statements = new ArrayList<>();
        private final OutsideTransactionFlag outside = new OutsideTransactionFlag();

        Recorder(Class<?> type, Map<String, String> allows) {
            this.type = type;
            this.allows = allows;
        }

        @Override
        public void execute(String sql) {
            MigrationSourceLine origin = MigrationSourceLine.ofCaller(type).orElse(unplaced(type));
            List<SqlStatement> split = SqlStatementSplitter.split(sql);
            for (SqlStatement statement : split.isEmpty() ? List.of(new SqlStatement(sql, 1)) : split) {
                statements.add(new LintStatement(origin.file(), Math.max(1, origin.line()), statement.sql(),
                        outside.outside(),
                        StatementRecognizer.recognize(statement.sql()), allows));
            }
        }

        @Override
        public void outsideTransaction(Runnable block) {
            outside.runOutside(block);
        }

        @Override
        public Optional<Connection> connection() {
            return Optional.empty();
        }
    }
}

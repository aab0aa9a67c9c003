package org.opsdb.migrations.lint;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.opsdb.migrations.runtime.ConnectionErrors;
import org.opsdb.migrations.runtime.MigrationException;
import org.opsdb.migrations.runtime.TransactionMode;
import org.opsdb.migrations.script.MigrationScript;
import org.opsdb.migrations.script.SqlMigrationScript;

/**
 * Lints revisions before they run: reads each script's upgrade statements as the runtime would run them (an SQL
 * script's blocks; a Java migration's operations, recorded offline), tells what each statement does, and runs
 * every {@linkplain LintRules rule} over them in order, with what the revision did before each statement. With a
 * database, the server version and the catalog (column types, valid NOT NULL checks, index tables) are read from
 * it; offline the version comes from the options and the rules assume the worst.
 */
public final class RevisionLinter {

    private final LintOptions options;
    private final DataSource dataSource;
    private final TransactionMode transactionMode;

    /**
     * A linter for revisions run one transaction each (the default {@link TransactionMode#PER_REVISION}).
     *
     * @param options    how to lint
     * @param dataSource the database the revisions will run on, or null to lint offline
     */
    public RevisionLinter(LintOptions options, DataSource dataSource) {
        this(options, dataSource, TransactionMode.PER_REVISION);
    }

    /**
     * A linter for revisions run in {@code transactionMode}: in {@link TransactionMode#SINGLE} a lock taken by one
     * revision is held through the next ones.
     */
    public RevisionLinter(LintOptions options, DataSource dataSource, TransactionMode transactionMode) {
        this.options = options;
        this.dataSource = dataSource;
        this.transactionMode = transactionMode;
    }

    /** Lints {@code scripts} (upgrade direction) in the given order, each revision after the ones before it. */
    public LintReport lint(List<MigrationScript> scripts) {
        if (dataSource == null) {
            return lint(scripts, options.serverVersionNum() > 0 ? options.serverVersionNum()
                    : LintOptions.ASSUMED_SERVER_VERSION, LintCatalog.OFFLINE, transactionMode);
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            return lint(scripts, connection);
        } catch (SQLException e) {
            throw new MigrationException("Cannot lint the revisions: " + ConnectionErrors.describe(e), e);
        }
    }

    /**
     * Lints {@code scripts} as {@link #lint(List)} does, reading the server version (unless the options give one)
     * and the catalog on {@code connection}, e.g. the migrator's under its lock, which is left open.
     */
    public LintReport lint(List<MigrationScript> scripts, Connection connection) throws SQLException {
        return lint(scripts, version(connection), LintCatalog.of(connection), transactionMode);
    }

    /** Lints scripts with the given version, catalog and transaction mode. */
    static LintReport lint(List<MigrationScript> scripts, int serverVersion, LintCatalog catalog,
                           TransactionMode transactionMode) {
        RevisionState state = new RevisionState(serverVersion, catalog);
        Findings findings = new Findings();
        for (MigrationScript script : scripts) {
            state.startRevision(transactionMode == TransactionMode.PER_REVISION);
            for (LintStatement statement : statements(script)) {
                for (Rule rule : LintRules.rules()) {
                    rule.check(statement, state, findings);
                }
                state.apply(statement);
            }
        }
        return new LintReport(findings.list());
    }

    /** A script's upgrade statements. */
    static List<LintStatement> statements(MigrationScript script) {
        return new ArrayList<>(script instanceof SqlMigrationScript sql ? SqlScriptStatements.read(sql)
                : OperationStatements.read(script));
    }

    private int version(Connection connection) throws SQLException {
        if (options.serverVersionNum() > 0) {
            return options.serverVersionNum();
        }
        // from PostgreSQL 10 on, server_version_num is major * 10000 + minor: known from the connection's start-up,
        // without a round trip (a fleet's upgrade lints each target's plan)
        DatabaseMetaData server = connection.getMetaData();
        if (server.getDatabaseMajorVersion() >= 10) {
            return server.getDatabaseMajorVersion() * 10000 + server.getDatabaseMinorVersion();
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SHOW server_version_num")) {
            rows.next();
            return Integer.parseInt(rows.getString(1));
        }
    }
}

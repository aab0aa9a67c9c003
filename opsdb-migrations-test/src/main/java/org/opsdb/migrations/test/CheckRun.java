package org.opsdb.migrations.test;

import java.util.EnumSet;
import java.util.Set;
import javax.sql.DataSource;
import org.opentest4j.TestAbortedException;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.MigrationsConfiguration;
import org.opsdb.migrations.error.OneLineException;
import org.opsdb.migrations.runtime.MigrationException;
import org.opsdb.migrations.testdb.PostgresServer;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * One execution of a {@link MigrationCheck}: opens the session on first use (loading the scripts and, when no
 * DataSource was given, creating a fresh database of its own), runs checks, and on {@link #close()} drops that
 * database, or leaves a database it was given migrated to heads.
 */
final class CheckRun implements AutoCloseable {

    private final MigrationCheck.Settings settings;
    private final Set<StandardCheck> ran = EnumSet.noneOf(StandardCheck.class);
    private TestDatabase ownDatabase;
    private CheckSession session;
    private RuntimeException loadFailure;

    CheckRun(MigrationCheck.Settings settings) {
        this.settings = settings;
    }

    /** Runs one check and tells how it ended. */
    CheckResult result(StandardCheck check) {
        try {
            execute(check);
            return new CheckResult(check, CheckResult.Status.PASSED, "", null);
        } catch (TestAbortedException skipped) {
            return new CheckResult(check, CheckResult.Status.SKIPPED, skipped.getMessage(), skipped);
        } catch (MigrationCheckFailure failure) {
            return new CheckResult(check, CheckResult.Status.FAILED, failure.getMessage(), failure);
        }
    }

    /** Runs one check; throws {@link MigrationCheckFailure} when it fails. */
    void execute(StandardCheck check) {
        CheckSession current = session(check.needsDatabase());
        ran.add(check);
        check.implementation().run(current);
    }

    private CheckSession session(boolean needsDatabase) {
        if (loadFailure == null && (session == null || needsDatabase && session.dataSource() == null)) {
            try {
                session = open(needsDatabase);
            } catch (OneLineException e) {
                loadFailure = e;
            }
        }
        if (loadFailure != null) {
            throw new MigrationCheckFailure(loadFailure.getMessage(), loadFailure);
        }
        return session;
    }

    private CheckSession open(boolean needsDatabase) {
        Migrations migrations = settings.migrations();
        DataSource dataSource;
        if (migrations != null) {
            dataSource = migrations.dataSource().orElse(null);
            if (dataSource == null && needsDatabase) {
                throw new MigrationException("The Migrations given to MigrationCheck.of(...) have no DataSource;"
                        + " configure one with Migrations.configure().dataSource(...)");
            }
        } else {
            dataSource = settings.dataSource();
            if (dataSource == null && needsDatabase) {
                ownDatabase = PostgresServer.shared().createDatabase("migration_checks");
                dataSource = ownDatabase.dataSource();
            }
            MigrationsConfiguration configuration = Migrations.configure().locations(settings.locations());
            if (dataSource != null) {
                configuration.dataSource(dataSource);
            }
            settings.customizer().accept(configuration);
            migrations = configuration.load();
        }
        return new CheckSession(migrations, dataSource, settings.snapshot(migrations), settings.heads(),
                settings.modelComparison());
    }

    /**
     * Drops the database this run created; a database that was given is emptied and migrated to heads again, so the
     * application using it finds its schema (a failing upgrade is already reported by the checks).
     */
    @Override
    public void close() {
        if (ownDatabase != null) {
            ownDatabase.close();
            ownDatabase = null;
            return;
        }
        boolean wiped = ran.stream().anyMatch(check -> check.needsDatabase() && check != StandardCheck.CHECKSUMS_UNCHANGED);
        if (session != null && wiped) {
            try {
                session.reset();
                session.migrations().upgrade("heads");
            } catch (RuntimeException | AssertionError ignored) {
                // reported by the checks themselves
            }
        }
    }
}

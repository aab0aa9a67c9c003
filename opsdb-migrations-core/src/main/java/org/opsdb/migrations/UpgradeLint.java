package org.opsdb.migrations;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;
import org.opsdb.migrations.lint.LintMode;
import org.opsdb.migrations.lint.LintOptions;
import org.opsdb.migrations.lint.LintReport;
import org.opsdb.migrations.lint.RevisionLinter;
import org.opsdb.migrations.revision.Step;
import org.opsdb.migrations.runtime.MigrationException;
import org.opsdb.migrations.runtime.PlanCheck;
import org.opsdb.migrations.runtime.TransactionMode;
import org.opsdb.migrations.script.MigrationScript;
import org.opsdb.migrations.script.ScriptCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link MigrationsSettings#lint() lint} setting applied to an upgrade: the revisions about to run are linted on
 * the migrator's connection under its lock (server version and catalog read there), only when there are some. With
 * {@link LintMode#WARN} each finding is logged at WARN and becomes a warning of the result; with
 * {@link LintMode#FAIL} a finding refuses the upgrade before any revision runs, in one line naming the first
 * finding, how many there are and the setting.
 */
final class UpgradeLint implements PlanCheck {

    private static final Logger LOG = LoggerFactory.getLogger(UpgradeLint.class);

    private final LintMode mode;
    private final TransactionMode transactionMode;
    private final Supplier<ScriptCatalog> catalog;

    /**
     * The check the settings' {@link MigrationsSettings#lint() lint} asks for, over the scripts of {@code catalog} run
     * in the settings' transaction mode; {@link PlanCheck#NONE} when it is off.
     */
    static PlanCheck of(MigrationsSettings settings, Supplier<ScriptCatalog> catalog) {
        return settings.lint() == LintMode.OFF ? PlanCheck.NONE
                : new UpgradeLint(settings.lint(), settings.transactionMode(), catalog);
    }

    private UpgradeLint(LintMode mode, TransactionMode transactionMode, Supplier<ScriptCatalog> catalog) {
        this.mode = mode;
        this.transactionMode = transactionMode;
        this.catalog = catalog;
    }

    @Override
    public List<String> check(Connection connection, List<Step> steps) throws SQLException {
        List<MigrationScript> scripts = steps.stream().map(step -> catalog.get().get(step.revision().id())).toList();
        LintReport report = new RevisionLinter(LintOptions.defaults(), null, transactionMode).lint(scripts,
                connection);
        if (report.clean()) {
            return List.of();
        }
        if (mode == LintMode.FAIL) {
            int count = report.findings().size();
            throw new MigrationException("Can't upgrade: the pending revisions have " + count + " lint finding"
                    + (count == 1 ? "" : "s") + ", the first: " + report.lines().get(0) + "; set "
                    + MigrationsSettings.PROPERTY_PREFIX + "." + MigrationsSettings.LINT + "="
                    + LintMode.WARN.name().toLowerCase() + " to run it anyway, or allow the finding in the script with"
                    + " a reason");
        }
        report.lines().forEach(line -> LOG.warn("{}", line));
        return report.lines();
    }
}

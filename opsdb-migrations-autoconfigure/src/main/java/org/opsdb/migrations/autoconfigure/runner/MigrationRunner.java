package org.opsdb.migrations.autoconfigure.runner;

import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.MigrationsSettings;
import org.opsdb.migrations.autoconfigure.login.MissingUserHint;
import org.opsdb.migrations.script.ChecksumDrift;
import org.opsdb.migrations.status.MigrationStatus;
import org.opsdb.migrations.status.MigrationStatusReader;
import org.opsdb.migrations.runtime.MigrationException;
import org.opsdb.migrations.runtime.MigrationResult;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.Ordered;

/**
 * Brings the database to the configured target when the application context starts, before JPA: it is a
 * database initializer, so beans that depend on database initialization (the {@code EntityManagerFactory},
 * {@code JdbcTemplate}s) are created after it. What it does is chosen by {@link OnBoot}.
 */
public class MigrationRunner implements InitializingBean, Ordered {

    private static final Log logger = LogFactory.getLog(MigrationRunner.class);

    private final Migrations migrations;
    private final MigrationStatusReader statusReader;
    private final OnBoot onBoot;
    private final String target;
    private MissingUserHint missingUserHint;
    private int order;

    /**
     * A runner for the given migrations.
     *
     * @param statusReader reads the status for {@link OnBoot#VALIDATE}, computed for {@code target}
     * @param target       the revision to upgrade to, e.g. {@code heads}
     */
    public MigrationRunner(Migrations migrations, MigrationStatusReader statusReader, OnBoot onBoot, String target) {
        this.migrations = migrations;
        this.statusReader = statusReader;
        this.onBoot = onBoot;
        this.target = target;
    }

    /** Says how to give a user when the login is refused for the OS user's missing role and none was given. */
    public void setMissingUserHint(MissingUserHint missingUserHint) {
        this.missingUserHint = missingUserHint;
    }

    @Override
    public void afterPropertiesSet() {
        try {
            switch (onBoot) {
                case MIGRATE -> migrate();
                case VALIDATE -> validate();
                case NONE -> logger.debug(MigrationsSettings.PROPERTY_PREFIX
                        + ".on-boot=none: not touching the database");
            }
        }
        catch (MigrationException e) {
            String line = missingUserHint == null ? e.getMessage() : missingUserHint.appendTo(e.getMessage(), e);
            if (!line.equals(e.getMessage())) {
                throw new MigrationException(line, e);
            }
            throw e;
        }
    }

    private void migrate() {
        long start = System.nanoTime();
        MigrationResult result = migrations.upgrade(target);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (result.steps().isEmpty()) {
            logger.info("Database is up to date at " + describe(result.headsAfter()));
        } else {
            int count = result.steps().size();
            logger.info("Applied " + count + (count == 1 ? " revision" : " revisions") + " ("
                    + describe(result.headsBefore()) + " -> " + describe(result.headsAfter()) + ") in " + millis
                    + " ms");
        }
    }

    private void validate() {
        MigrationStatus status = statusReader.read();
        if (!status.drifted().isEmpty()) {
            throw new MigrationException(status.drifted().stream().map(ChecksumDrift::describe)
                    .collect(Collectors.joining("; ")) + "; restore it, or set opsdb.migrations.validate-checksums=false");
        }
        if (!status.pending().isEmpty()) {
            int count = status.pending().size();
            throw new MigrationException("Database at " + describe(Set.copyOf(status.current())) + " is not at "
                    + target + ": " + count + (count == 1 ? " revision" : " revisions") + " pending ("
                    + String.join(", ", status.pendingIds()) + "); apply them, or set opsdb.migrations.on-boot=migrate");
        }
        logger.info("Database is up to date at " + describe(Set.copyOf(status.current())));
    }

    private static String describe(Set<String> heads) {
        return heads.isEmpty() ? "base" : heads.stream().sorted().collect(Collectors.joining(", "));
    }

    @Override
    public int getOrder() {
        return order;
    }

    /** Sets the order among initializers. */
    public void setOrder(int order) {
        this.order = order;
    }
}

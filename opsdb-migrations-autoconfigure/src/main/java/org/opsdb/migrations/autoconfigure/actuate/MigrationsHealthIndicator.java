package org.opsdb.migrations.autoconfigure.actuate;

import org.opsdb.migrations.autoconfigure.runner.OnBoot;
import org.opsdb.migrations.script.ChecksumDrift;
import org.opsdb.migrations.status.MigrationStatus;
import org.opsdb.migrations.status.MigrationStatusReader;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health of the schema: DOWN when an applied script changed since it was applied, or when revisions are pending
 * and {@code opsdb.migrations.on-boot=validate} (the application expects someone else to migrate); UP otherwise,
 * with current, heads and pending revisions as details.
 */
public class MigrationsHealthIndicator extends AbstractHealthIndicator {

    private final MigrationStatusReader statusReader;
    private final OnBoot onBoot;

    /** An indicator reading the status with {@code statusReader}; {@code onBoot} decides whether pending is DOWN. */
    public MigrationsHealthIndicator(MigrationStatusReader statusReader, OnBoot onBoot) {
        super("Migrations health check failed");
        this.statusReader = statusReader;
        this.onBoot = onBoot;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        MigrationStatus status = statusReader.read();
        boolean down = !status.drifted().isEmpty() || (onBoot == OnBoot.VALIDATE && !status.pending().isEmpty());
        (down ? builder.down() : builder.up())
                .withDetail("current", status.current())
                .withDetail("heads", status.heads())
                .withDetail("pending", status.pendingIds());
        if (!status.drifted().isEmpty()) {
            builder.withDetail("drifted", status.drifted().stream().map(ChecksumDrift::describe).toList());
        }
    }
}

package org.opsdb.migrations.autoconfigure.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.opsdb.migrations.MigrationsSettings;
import org.opsdb.migrations.revision.Step;
import org.opsdb.migrations.runtime.MigrationListener;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Records each applied or reverted revision as the Micrometer timer {@value #METER_NAME}, tagged with
 * {@code revision} and {@code direction} ({@code up} or {@code down}).
 */
public final class MigrationTimerListener implements MigrationListener {

    /** The timer's name: our meters are named under the prefix of our properties, as Spring Boot's own are. */
    public static final String METER_NAME = MigrationsSettings.PROPERTY_PREFIX + ".revision";

    private final ObjectProvider<MeterRegistry> registry;

    /** A listener that records into the context's {@link MeterRegistry}, looked up when a step finishes. */
    public MigrationTimerListener(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public void afterStep(Step step, Duration duration) {
        MeterRegistry meterRegistry = registry.getIfAvailable();
        if (meterRegistry == null) {
            return;
        }
        Timer.builder(METER_NAME)
                .description("Time taken to apply or revert a revision")
                .tag("revision", step.id())
                .tag("direction", step.direction().name().toLowerCase(java.util.Locale.ROOT))
                .register(meterRegistry)
                .record(duration);
    }
}

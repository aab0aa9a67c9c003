package org.opsdb.migrations.autoconfigure;

import org.opsdb.migrations.MigrationsSettings;
import org.opsdb.migrations.fleet.FleetTargets;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when the {@code opsdb.migrations.fleet.*} properties name a fleet's targets (schemas, a schemas query or
 * file, JDBC URLs or their file): the boot runner, the actuator endpoint and the health indicator then serve the
 * fleet instead of the single database. Properties that do not bind match, so that binding them reports the error.
 */
public final class FleetCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        boolean fleet;
        try {
            fleet = FleetTargets.isConfigured(Binder.get(context.getEnvironment())
                    .bind(MigrationsSettings.PROPERTY_PREFIX, MigrationsProperties.class)
                    .orElseGet(MigrationsProperties::new).toSettings());
        } catch (RuntimeException invalid) {
            fleet = true;
        }
        String properties = MigrationsSettings.PROPERTY_PREFIX + ".fleet.*";
        return fleet ? ConditionOutcome.match(properties + " names targets")
                : ConditionOutcome.noMatch("no " + properties + " targets");
    }

    /** Matches when no fleet is configured: the single database is served. */
    public static final class None extends NoneNestedConditions {

        None() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @Conditional(FleetCondition.class)
        private static final class Fleet {
        }
    }
}

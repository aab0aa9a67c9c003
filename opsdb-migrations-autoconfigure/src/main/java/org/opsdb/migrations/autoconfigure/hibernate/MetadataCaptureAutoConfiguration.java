package org.opsdb.migrations.autoconfigure.hibernate;

import org.hibernate.jpa.boot.spi.JpaSettings;
import org.opsdb.migrations.hibernate.MetadataCapture;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Captures the entity model this application's {@code EntityManagerFactory} boots with, for {@code init} and the
 * in-service console: one {@link MetadataCapture} bean per application context, handed to Hibernate through
 * {@link JpaSettings#INTEGRATOR_PROVIDER} by a {@link HibernatePropertiesCustomizer} (any provider already set is
 * kept). Two application contexts in one JVM each capture their own entities.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
@ConditionalOnClass(name = {"org.hibernate.boot.Metadata",
        "org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer"})
public class MetadataCaptureAutoConfiguration {

    /** The capture of this context's session factory. */
    @Bean
    @ConditionalOnMissingBean
    MetadataCapture opsdbMetadataCapture() {
        return new MetadataCapture();
    }

    /** Hands the capture to this context's session factory. */
    @Bean
    HibernatePropertiesCustomizer opsdbMetadataCaptureCustomizer(MetadataCapture capture) {
        return properties -> properties.put(JpaSettings.INTEGRATOR_PROVIDER,
                capture.withIntegratorProvider(properties.get(JpaSettings.INTEGRATOR_PROVIDER)));
    }
}

package org.opsdb.migrations.shell.console;

import org.opsdb.migrations.autogenerate.ModelSource;
import org.opsdb.migrations.hibernate.HibernateModelSource;
import org.opsdb.migrations.hibernate.MetadataCapture;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * The entity model for {@code revision --autogenerate}, {@code check} and {@code init} when the console runs
 * inside an application with JPA: the mapping its {@code EntityManagerFactory} booted with, captured by this
 * application context's {@link MetadataCapture} (see {@code MetadataCaptureAutoConfiguration}). The standalone
 * console has no entity manager factory and so no model.
 */
@AutoConfiguration(afterName = {"org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
        "org.opsdb.migrations.autoconfigure.hibernate.MetadataCaptureAutoConfiguration"})
@ConditionalOnClass(name = "org.hibernate.boot.Metadata")
@ConditionalOnBean(type = {"jakarta.persistence.EntityManagerFactory",
        "org.opsdb.migrations.hibernate.MetadataCapture"})
@ConditionalOnBooleanProperty(name = "opsdb.console.enabled")
public class ConsoleEntityModelAutoConfiguration {

    /** The model Hibernate booted with (read when a command needs it, after the factory was built). */
    @Bean
    ModelSource opsdbEntityModelSource(MetadataCapture capture) {
        return HibernateModelSource.captured(capture);
    }
}

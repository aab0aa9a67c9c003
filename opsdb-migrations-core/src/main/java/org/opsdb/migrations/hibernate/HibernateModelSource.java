package org.opsdb.migrations.hibernate;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import jakarta.persistence.Entity;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.opsdb.migrations.autogenerate.ModelSource;
import org.opsdb.migrations.runtime.MigrationException;

/**
 * {@link ModelSource}s backed by Hibernate's boot metadata: a given {@link Metadata}, the one captured from the
 * application by {@link MetadataCapture}, or one built from entity classes with the PostgreSQL dialect and no
 * connection. Pass the application's naming strategies as properties, e.g.
 * {@code hibernate.physical_naming_strategy=org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl}
 * for Spring Boot's snake case. Reading a model never compares it with the database: see
 * {@link #SEQUENCE_MISMATCH_SETTING}.
 */
public final class HibernateModelSource {

    /**
     * Hibernate's setting for a sequence whose increment in the database differs from the mapping's
     * {@code allocationSize}: by default building a session factory then fails ({@code MappingException: The
     * increment size of the [...] sequence is set to [20] in the entity mapping but the mapped database sequence
     * increment size is [50]}). Wherever a model is read for autogenerate, {@code check} or {@code init} it is set to
     * {@link #SEQUENCE_MISMATCH_IGNORED}: the difference is what those commands report and write, never a reason not
     * to start. A compile-time constant, so code that names it does not need Hibernate on its class path.
     */
    public static final String SEQUENCE_MISMATCH_SETTING = AvailableSettings.SEQUENCE_INCREMENT_SIZE_MISMATCH_STRATEGY;

    /** {@link #SEQUENCE_MISMATCH_SETTING}'s value that skips the comparison ({@code SequenceMismatchStrategy.NONE}). */
    public static final String SEQUENCE_MISMATCH_IGNORED = "none";

    private HibernateModelSource() {
    }

    /** The model of {@code metadata}. */
    public static ModelSource of(Metadata metadata) {
        return () -> new MetadataModelReader(metadata).read();
    }

    /**
     * The model of these entities, mapped with these Hibernate properties (PostgreSQL dialect by default; sequences
     * never compared with a database, whatever the properties say).
     */
    public static ModelSource ofEntities(List<Class<?>> entities, Map<String, Object> hibernateProperties) {
        List<Class<?>> classes = List.copyOf(entities);
        Map<String, Object> properties = Map.copyOf(hibernateProperties);
        return () -> {
            StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                    .applySetting("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect")
                    .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                    .applySettings(properties)
                    .applySetting(SEQUENCE_MISMATCH_SETTING, SEQUENCE_MISMATCH_IGNORED)
                    .build();
            try {
                MetadataSources sources = new MetadataSources(registry);
                classes.forEach(sources::addAnnotatedClass);
                return new MetadataModelReader(sources.buildMetadata()).read();
            } finally {
                StandardServiceRegistryBuilder.destroy(registry);
            }
        };
    }

    /**
     * The model of every {@code @Entity} class in these packages (and their sub-packages) on the class path,
     * mapped with these Hibernate properties; for tests that compare the entities with the migrations.
     */
    public static ModelSource ofPackages(List<String> packages, Map<String, Object> hibernateProperties) {
        List<String> names = List.copyOf(packages);
        Map<String, Object> properties = Map.copyOf(hibernateProperties);
        return () -> ofEntities(entitiesIn(names), properties).load();
    }

    private static List<Class<?>> entitiesIn(List<String> packages) {
        try (ScanResult scan = new ClassGraph().enableAnnotationInfo().acceptPackages(packages.toArray(String[]::new))
                .scan()) {
            List<Class<?>> entities = scan.getClassesWithAnnotation(Entity.class).loadClasses();
            if (entities.isEmpty()) {
                throw new MigrationException("No @Entity classes in " + String.join(", ", packages));
            }
            return entities;
        }
    }

    /**
     * The metadata {@code capture} took from the application's session factory; loading fails when none was built
     * with it.
     */
    public static ModelSource captured(MetadataCapture capture) {
        return () -> new MetadataModelReader(capture.require()).read();
    }
}

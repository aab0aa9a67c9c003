package org.opsdb.migrations.test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.autogenerate.ModelSource;
import org.opsdb.migrations.hibernate.HibernateModelSource;
import org.opsdb.migrations.hibernate.MetadataCapture;

/**
 * {@link StandardCheck#MODELS_MATCH} and {@link StandardCheck#INIT_MATCHES_MIGRATIONS} for JPA entities:
 * autogenerate ({@code Migrations.check}) compares the {@code @Entity} classes of the given packages, mapped as Spring
 * Boot maps them (snake-case physical names), with the migrated database, and {@code init} builds a schema from
 * them. Subclass it with a public no-argument constructor and name it in
 * {@link MigrationChecks#modelComparison()}:
 * <pre>{@code
 * @MigrationChecks(locations = "classpath:db/migrations", modelComparison = MyTest.Entities.class)
 * class MyTest {
 *     public static class Entities extends EntityModelComparison {
 *         public Entities() { super("com.example.domain"); }
 *     }
 * }
 * }</pre>
 */
public class EntityModelComparison implements ModelComparison {

    /** Spring Boot's physical naming (camelCase → snake_case), as Hibernate spells it. */
    public static final Map<String, Object> SPRING_BOOT_NAMING = Map.of("hibernate.physical_naming_strategy",
            "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl");

    private final ModelSource entities;

    /** Entities of these packages, with Spring Boot's naming. */
    public EntityModelComparison(String... packages) {
        this(List.of(packages), SPRING_BOOT_NAMING);
    }

    /** Entities of these packages, mapped with these Hibernate properties. */
    public EntityModelComparison(List<String> packages, Map<String, Object> hibernateProperties) {
        this(HibernateModelSource.ofPackages(packages, hibernateProperties));
    }

    /** The entities of this model, e.g. {@code HibernateModelSource.ofEntities(...)}. */
    public EntityModelComparison(ModelSource entities) {
        this.entities = entities;
    }

    /**
     * The entities the application's EntityManagerFactory booted with, as its {@link MetadataCapture} bean (which the
     * starter defines in every application context with JPA) captured them, in a {@code @SpringBootTest}:
     * {@code MigrationCheck.of(migrations).all().modelsMatch(EntityModelComparison.booted(capture))}.
     */
    public static EntityModelComparison booted(MetadataCapture capture) {
        return new EntityModelComparison(HibernateModelSource.captured(capture));
    }

    @Override
    public List<String> differences(Migrations migrations, DataSource dataSource) {
        return migrations.check(entities).differences();
    }

    @Override
    public Optional<ModelSource> modelSource() {
        return Optional.of(entities);
    }
}

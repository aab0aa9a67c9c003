package org.opsdb.migrations.test;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.hibernate.HibernateModelSource;

/**
 * {@link StandardCheck#MODELS_MATCH} for JPA entities: autogenerate ({@code Migrations.check}) compares the
 * {@code @Entity} classes of the given packages, mapped as Spring Boot maps them (snake-case physical names), with
 * the migrated database. Subclass it with a public no-argument constructor and name it in
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

    private final List<String> packages;
    private final Map<String, Object> hibernateProperties;

    /** Entities of these packages, with Spring Boot's naming. */
    public EntityModelComparison(String... packages) {
        this(List.of(packages), SPRING_BOOT_NAMING);
    }

    /** Entities of these packages, mapped with these Hibernate properties. */
    public EntityModelComparison(List<String> packages, Map<String, Object> hibernateProperties) {
        this.packages = List.copyOf(packages);
        this.hibernateProperties = Map.copyOf(hibernateProperties);
    }

    /**
     * The entities the application's EntityManagerFactory booted with in this JVM (in a {@code @SpringBootTest}):
     * {@code MigrationCheck.of(migrations).all().modelsMatch(EntityModelComparison.booted())}.
     */
    public static ModelComparison booted() {
        return (migrations, dataSource) -> migrations.check(HibernateModelSource.captured()).differences();
    }

    @Override
    public List<String> differences(Migrations migrations, DataSource dataSource) {
        return migrations.check(HibernateModelSource.ofPackages(packages, hibernateProperties)).differences();
    }
}

package org.opsdb.migrations.script;

import java.util.List;

/**
 * Finds migrations on the classpath. The default is {@link ClassGraphScanner}; the Spring starter can supply one
 * backed by Spring's resource resolver, which also reads Spring Boot's nested jars.
 */
public interface ClasspathScanner {

    /**
     * SQL files ({@code *.sql}, and {@code *.SQL}, {@code *.Sql} or any other case of the extension, which the
     * loader refuses by name) under a resource path and its sub-directories, e.g. {@code db/migrations}.
     * Each resource's source is its resource path.
     */
    List<ScriptResource> sqlResources(String resourcePath, ClassLoader classLoader);

    /**
     * Names of the concrete classes in a package and its sub-packages that implement {@link Migration} or carry
     * {@link MigrationRevision}, e.g. in {@code db.migrations}.
     */
    List<String> migrationClassNames(String packageName, ClassLoader classLoader);
}

package org.opsdb.migrations.script;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.Resource;
import io.github.classgraph.ScanResult;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A {@link ClasspathScanner} built on ClassGraph. */
public final class ClassGraphScanner implements ClasspathScanner {

    @Override
    public List<ScriptResource> sqlResources(String resourcePath, ClassLoader classLoader) {
        List<ScriptResource> found = new ArrayList<>();
        try (ScanResult scan = new ClassGraph().overrideClassLoaders(classLoader).acceptPaths(resourcePath).scan()) {
            for (Resource resource : scan.getResourcesWithExtension("sql")) { // any case: .sql, .SQL, .Sql
                String path = resource.getPath();
                try {
                    found.add(new ScriptResource(path, path.substring(path.lastIndexOf('/') + 1),
                            ScriptLoader.utf8(resource.load())));
                } catch (CharacterCodingException e) {
                    throw new ScriptException(path + ": is not UTF-8 text", e);
                } catch (IOException e) {
                    throw new ScriptException(path + ": cannot be read: " + e.getMessage(), e);
                }
            }
        }
        return found;
    }

    @Override
    public List<String> migrationClassNames(String packageName, ClassLoader classLoader) {
        Set<String> names = new TreeSet<>();
        try (ScanResult scan = new ClassGraph().overrideClassLoaders(classLoader).acceptPackages(packageName)
                .enableClassInfo().enableAnnotationInfo().ignoreClassVisibility().scan()) {
            scan.getClassesImplementing(Migration.class.getName()).stream()
                    .filter(info -> !info.isAbstract() && !info.isInterface())
                    .map(ClassInfo::getName).forEach(names::add);
            scan.getClassesWithAnnotation(MigrationRevision.class.getName()).stream()
                    .map(ClassInfo::getName).forEach(names::add);
        }
        return List.copyOf(names);
    }
}

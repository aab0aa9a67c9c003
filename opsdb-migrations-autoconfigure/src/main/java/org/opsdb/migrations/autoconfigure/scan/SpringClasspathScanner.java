package org.opsdb.migrations.autoconfigure.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.opsdb.migrations.script.ClasspathScanner;
import org.opsdb.migrations.script.Migration;
import org.opsdb.migrations.script.MigrationRevision;
import org.opsdb.migrations.script.ScriptException;
import org.opsdb.migrations.script.ScriptResource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.StreamUtils;

/**
 * A {@link ClasspathScanner} backed by Spring's resource resolver and component scanning, so that migrations are
 * found wherever Spring finds resources: exploded classes, plain jars and Spring Boot's nested jars. Like every
 * {@code classpath*:} lookup it needs directory entries in jars (Maven and Spring Boot write them).
 */
public final class SpringClasspathScanner implements ClasspathScanner {

    @Override
    public List<ScriptResource> sqlResources(String resourcePath, ClassLoader classLoader) {
        ResourcePatternResolver resolver = resolver(classLoader);
        String root = resourcePath.isEmpty() ? "" : resourcePath + "/";
        List<String> bases = new ArrayList<>();
        for (Resource base : resources(resolver, ResourcePatternResolver.CLASSPATH_ALL_URL_PREFIX + root)) {
            bases.add(url(base));
        }
        List<ScriptResource> found = new ArrayList<>();
        // every file, not "**/*.sql", whose match is case-sensitive: the loader refuses *.SQL by name, not skip it
        for (Resource resource : resources(resolver, ResourcePatternResolver.CLASSPATH_ALL_URL_PREFIX + root + "**/*")) {
            String url = url(resource);
            if (!url.toLowerCase(Locale.ROOT).endsWith(".sql")) {
                continue;
            }
            String source = resourcePath(url, root, bases);
            found.add(new ScriptResource(source, source.substring(source.lastIndexOf('/') + 1), read(resource, source)));
        }
        return found;
    }

    /** The path of a found resource relative to the classpath root it was found in, e.g. {@code db/migrations/a.sql}. */
    private static String resourcePath(String url, String root, List<String> bases) {
        for (String base : bases) {
            if (url.startsWith(base)) {
                return root + url.substring(base.length());
            }
        }
        return root + url.substring(url.lastIndexOf('/') + 1);
    }

    @Override
    public List<String> migrationClassNames(String packageName, ClassLoader classLoader) {
        ClassPathScanningCandidateComponentProvider provider = new ClassPathScanningCandidateComponentProvider(false);
        provider.setResourceLoader(new DefaultResourceLoader(classLoader));
        provider.addIncludeFilter(new AssignableTypeFilter(Migration.class));
        provider.addIncludeFilter(new AnnotationTypeFilter(MigrationRevision.class));
        Set<String> names = new TreeSet<>();
        for (BeanDefinition candidate : provider.findCandidateComponents(packageName)) {
            names.add(candidate.getBeanClassName());
        }
        return List.copyOf(names);
    }

    private static ResourcePatternResolver resolver(ClassLoader classLoader) {
        return ResourcePatternUtils.getResourcePatternResolver(new DefaultResourceLoader(classLoader));
    }

    private static Resource[] resources(ResourcePatternResolver resolver, String pattern) {
        try {
            return resolver.getResources(pattern);
        } catch (IOException e) {
            throw new ScriptException("Migration location '" + pattern + "' cannot be read: " + e.getMessage(), e);
        }
    }

    private static String url(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException e) {
            throw new ScriptException(resource.getDescription() + ": has no URL: " + e.getMessage(), e);
        }
    }

    private static String read(Resource resource, String source) {
        try (InputStream in = resource.getInputStream()) {
            return StreamUtils.copyToString(in, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScriptException(source + ": cannot be read: " + e.getMessage(), e);
        }
    }
}

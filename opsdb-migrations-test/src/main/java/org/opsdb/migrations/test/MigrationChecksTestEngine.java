package org.opsdb.migrations.test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.Filter;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.PackageSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.opentest4j.TestAbortedException;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.MigrationsConfiguration;
import org.opsdb.migrations.MigrationsSettings;
import org.opsdb.migrations.runtime.TransactionMode;

/**
 * The JUnit Platform engine behind {@link MigrationChecks}: discovers annotated classes (by class, package,
 * classpath root or unique id selector) and runs their checks, one test per {@link StandardCheck}, in order.
 * Registered in {@code META-INF/services/org.junit.platform.engine.TestEngine}.
 */
public final class MigrationChecksTestEngine implements TestEngine {

    /** The engine id, as {@code EngineTestKit.engine(...)} and build tools name it. */
    public static final String ENGINE_ID = "opsdb-migration-checks";

    private static final String CLASS_SEGMENT = "class";
    private static final String CHECK_SEGMENT = "check";

    @Override
    public String getId() {
        return ENGINE_ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("org.opsdb");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("opsdb-migrations-test");
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        EngineDescriptor engine = new EngineDescriptor(uniqueId, "opsdb migration checks");
        Predicate<String> names = Filter.composeFilters(request.getFiltersByType(ClassNameFilter.class)).toPredicate();
        Predicate<Class<?>> annotated = type -> AnnotationSupport.isAnnotated(type, MigrationChecks.class);
        Set<Class<?>> classes = new LinkedHashSet<>();
        request.getSelectorsByType(ClassSelector.class).forEach(s -> classes.add(s.getJavaClass()));
        request.getSelectorsByType(PackageSelector.class).forEach(s -> classes.addAll(
                ReflectionSupport.findAllClassesInPackage(s.getPackageName(), annotated, names)));
        request.getSelectorsByType(ClasspathRootSelector.class).forEach(s -> classes.addAll(
                ReflectionSupport.findAllClassesInClasspathRoot(s.getClasspathRoot(), annotated, names)));
        for (UniqueIdSelector selector : request.getSelectorsByType(UniqueIdSelector.class)) {
            UniqueId id = selector.getUniqueId();
            if (id.hasPrefix(uniqueId)) {
                id.getSegments().stream().filter(segment -> segment.getType().equals(CLASS_SEGMENT)).findFirst()
                        .flatMap(segment -> ReflectionSupport.tryToLoadClass(segment.getValue()).toOptional())
                        .ifPresent(classes::add);
            }
        }
        for (Class<?> type : classes) {
            if (annotated.test(type)) {
                engine.addChild(new ClassDescriptor(engine.getUniqueId(), type));
            }
        }
        return engine;
    }

    @Override
    public void execute(ExecutionRequest request) {
        EngineExecutionListener listener = request.getEngineExecutionListener();
        TestDescriptor engine = request.getRootTestDescriptor();
        listener.executionStarted(engine);
        for (TestDescriptor child : engine.getChildren()) {
            ClassDescriptor descriptor = (ClassDescriptor) child;
            listener.executionStarted(descriptor);
            try (CheckRun run = new CheckRun(descriptor.check().settings())) {
                for (TestDescriptor test : descriptor.getChildren()) {
                    listener.executionStarted(test);
                    listener.executionFinished(test, execute(run, ((CheckDescriptor) test).check));
                }
                listener.executionFinished(descriptor, TestExecutionResult.successful());
            } catch (RuntimeException e) {
                listener.executionFinished(descriptor, TestExecutionResult.failed(e));
            }
        }
        listener.executionFinished(engine, TestExecutionResult.successful());
    }

    private static TestExecutionResult execute(CheckRun run, StandardCheck check) {
        try {
            run.execute(check);
            return TestExecutionResult.successful();
        } catch (TestAbortedException skipped) {
            return TestExecutionResult.aborted(skipped);
        } catch (RuntimeException | AssertionError failure) {
            return TestExecutionResult.failed(failure);
        }
    }

    /** The checks an annotated class asks for. */
    static List<StandardCheck> checksOf(MigrationChecks annotation) {
        Set<StandardCheck> checks = annotation.checks().length == 0 ? EnumSet.allOf(StandardCheck.class)
                : EnumSet.copyOf(Arrays.asList(annotation.checks()));
        Arrays.asList(annotation.skip()).forEach(checks::remove);
        return new ArrayList<>(checks);
    }

    /**
     * The settings the annotation gives: its values over {@link MigrationsSettings#DEFAULTS}; a value that is not
     * valid fails naming the setting.
     */
    static MigrationsSettings settingsOf(MigrationChecks annotation) {
        if (annotation.transactionMode().length > 1) {
            throw new IllegalArgumentException("@MigrationChecks(transactionMode = ...) names "
                    + annotation.transactionMode().length + " modes; name one");
        }
        MigrationsConfiguration configuration = Migrations.configure().locations(annotation.locations())
                .versionTable(annotation.versionTable()).historyTable(annotation.historyTable())
                .tableSchema(annotation.tableSchema());
        for (TransactionMode mode : annotation.transactionMode()) {
            configuration.transactionMode(mode);
        }
        return configuration.settings();
    }

    /** A class annotated with {@link MigrationChecks}: a container of one test per check. */
    static final class ClassDescriptor extends AbstractTestDescriptor {

        private final Class<?> testClass;
        private final MigrationChecks annotation;

        ClassDescriptor(UniqueId parent, Class<?> testClass) {
            super(parent.append(CLASS_SEGMENT, testClass.getName()), testClass.getSimpleName(),
                    ClassSource.from(testClass));
            this.testClass = testClass;
            this.annotation = AnnotationSupport.findAnnotation(testClass, MigrationChecks.class).orElseThrow();
            for (StandardCheck check : checksOf(annotation)) {
                addChild(new CheckDescriptor(getUniqueId(), testClass, check));
            }
        }

        @Override
        public Type getType() {
            return Type.CONTAINER;
        }

        /** The configured checks of the class. */
        MigrationCheck check() {
            MigrationsSettings settings = settingsOf(annotation);
            MigrationCheck check = MigrationCheck.forLocations(settings.locations().toArray(String[]::new))
                    .checks(checksOf(annotation).toArray(StandardCheck[]::new))
                    .excludeTables(annotation.excludeTables())
                    .configure(configuration -> configuration.settings(settings));
            if (annotation.heads().length > 0) {
                check.heads(annotation.heads());
            }
            if (annotation.modelComparison() != ModelComparison.class) {
                check.modelsMatch(ReflectionSupport.newInstance(annotation.modelComparison()));
            }
            check.configure(configuration -> configuration.classLoader(testClass.getClassLoader()));
            return check;
        }
    }

    /** One check of an annotated class: a test. */
    static final class CheckDescriptor extends AbstractTestDescriptor {

        private final StandardCheck check;

        CheckDescriptor(UniqueId parent, Class<?> testClass, StandardCheck check) {
            super(parent.append(CHECK_SEGMENT, check.name()), check.displayName(), ClassSource.from(testClass));
            this.check = check;
        }

        @Override
        public Type getType() {
            return Type.TEST;
        }
    }
}

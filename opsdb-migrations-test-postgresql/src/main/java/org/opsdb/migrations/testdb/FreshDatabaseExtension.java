package org.opsdb.migrations.testdb;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit Jupiter extension behind {@link FreshDatabase}: creates a {@link TestDatabase} per test class on
 * {@link PostgresServer#shared()}, resolves {@link TestDatabase} parameters to it, and drops it after the class.
 *
 * <p>The database lives in the class-level {@link ExtensionContext.Store}, so test classes running in parallel
 * each have their own, and {@code @Nested} classes find the one of their enclosing class.
 */
public final class FreshDatabaseExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(FreshDatabaseExtension.class);

    private static final String KEY = "database";

    /** Creates this class's database, unless an enclosing class already has one. */
    @Override
    public void beforeAll(ExtensionContext context) {
        database(context);
    }

    /** Drops the database this class created (an enclosing class's database is left to that class). */
    @Override
    public void afterAll(ExtensionContext context) {
        TestDatabase database = context.getStore(NAMESPACE).remove(KEY, TestDatabase.class);
        if (database != null) {
            database.close();
        }
    }

    /** Supports parameters of type {@link TestDatabase}. */
    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == TestDatabase.class;
    }

    /** Resolves a {@link TestDatabase} parameter to the class's database. */
    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        try {
            return database(extensionContext);
        }
        catch (RuntimeException ex) {
            throw new ParameterResolutionException("No test database: " + ex.getMessage(), ex);
        }
    }

    /** The test database of the class that {@code context} belongs to, created on first use. */
    public static TestDatabase database(ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        Class<?> testClass = classContext.getRequiredTestClass();
        return classContext.getStore(NAMESPACE).computeIfAbsent(KEY,
                key -> PostgresServer.shared().createDatabase(prefixFor(testClass)), TestDatabase.class);
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    static String prefixFor(Class<?> testClass) {
        String simple = testClass.getSimpleName();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < simple.length(); i++) {
            char c = simple.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && (Character.isLowerCase(simple.charAt(i - 1))
                    || (i + 1 < simple.length() && Character.isLowerCase(simple.charAt(i + 1))
                            && Character.isUpperCase(simple.charAt(i - 1))))) {
                sb.append('_');
            }
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }
}

package org.opsdb.migrations.script;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.revision.Revision;

/**
 * A {@link Migration} class annotated with {@link MigrationRevision}, as a script. Its source is the class name.
 * It has no checksum: a compiled class has no stable text to hash, and its bytes change with the compiler.
 */
public final class JavaMigrationScript implements MigrationScript {

    private final Migration migration;
    private final Revision revision;
    private final boolean hasDowngrade;

    private JavaMigrationScript(Migration migration, Revision revision, boolean hasDowngrade) {
        this.migration = migration;
        this.revision = revision;
        this.hasDowngrade = hasDowngrade;
    }

    /** Wraps an instance; its class must carry {@link MigrationRevision}. */
    public static JavaMigrationScript of(Migration migration) {
        Class<?> type = migration.getClass();
        MigrationRevision data = type.getAnnotation(MigrationRevision.class);
        if (data == null) {
            throw new ScriptException(type.getName() + " implements Migration but is not annotated with @"
                    + MigrationRevision.class.getSimpleName());
        }
        Revision revision = new Revision(data.id(), List.of(data.down()), List.of(data.branchLabels()),
                List.of(data.dependsOn()), data.message(), createDate(type, data.createDate()), type.getName());
        return new JavaMigrationScript(migration, revision, overridesDowngrade(type));
    }

    /** Instantiates a migration class through its public no-argument constructor and wraps it. */
    public static JavaMigrationScript of(Class<?> type) {
        if (!Migration.class.isAssignableFrom(type)) {
            throw new ScriptException(type.getName() + " is annotated with @"
                    + MigrationRevision.class.getSimpleName() + " but does not implement Migration");
        }
        if (Modifier.isAbstract(type.getModifiers())) {
            throw new ScriptException(type.getName() + " is abstract and cannot be a migration");
        }
        try {
            return of((Migration) type.getConstructor().newInstance());
        } catch (NoSuchMethodException e) {
            throw new ScriptException(type.getName() + " cannot be instantiated: it needs a public no-argument"
                    + " constructor", e);
        } catch (InvocationTargetException e) {
            throw new ScriptException(type.getName() + " cannot be instantiated: its constructor threw "
                    + describe(e.getTargetException()), e);
        } catch (ExceptionInInitializerError e) {
            throw new ScriptException(type.getName() + " cannot be loaded: its static initializer threw "
                    + describe(e.getException() == null ? e : e.getException()), e);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            if (e instanceof ScriptException scriptException) {
                throw scriptException;
            }
            throw new ScriptException(type.getName() + " cannot be instantiated: " + describe(e), e);
        }
    }

    /** The type and first line of the message of what a migration class threw. */
    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip().lines().findFirst().orElse("");
        return e.getClass().getName() + (message.isEmpty() ? "" : ": " + message);
    }

    /** The wrapped migration. */
    public Migration migration() {
        return migration;
    }

    @Override
    public Revision revision() {
        return revision;
    }

    @Override
    public void upgrade(Operations op) {
        migration.upgrade(op);
    }

    @Override
    public void downgrade(Operations op) {
        migration.downgrade(op);
    }

    @Override
    public boolean hasDowngrade() {
        return hasDowngrade;
    }

    @Override
    public Optional<String> checksum() {
        return Optional.empty();
    }

    private static boolean overridesDowngrade(Class<?> type) {
        try {
            return type.getMethod("downgrade", Operations.class).getDeclaringClass() != Migration.class;
        } catch (NoSuchMethodException impossible) {
            return false;
        }
    }

    private static Instant createDate(Class<?> type, String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ScriptException(type.getName() + ": createDate '" + value
                    + "' is not an ISO-8601 instant, e.g. 2026-11-24T10:15:00Z");
        }
    }
}

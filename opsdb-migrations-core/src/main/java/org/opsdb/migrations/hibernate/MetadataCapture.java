package org.opsdb.migrations.hibernate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.opsdb.migrations.runtime.MigrationException;

/**
 * A Hibernate {@link Integrator} that keeps the boot {@link Metadata} of the session factory it is handed to, so
 * that {@link HibernateModelSource#captured(MetadataCapture)} can read the application's real mapping, naming
 * strategies included. One instance per application (per Spring application context): it reaches only the
 * session factory whose settings carry it under {@link JpaSettings#INTEGRATOR_PROVIDER}
 * ({@link #withIntegratorProvider}), so two applications in one JVM each read their own entities.
 */
public final class MetadataCapture implements Integrator {

    private final AtomicReference<Metadata> captured = new AtomicReference<>();

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        captured.set(metadata);
    }

    /** The metadata captured, if the session factory was built. */
    public Optional<Metadata> captured() {
        return Optional.ofNullable(captured.get());
    }

    /** The captured metadata; fails in one line when no session factory was built with this capture. */
    Metadata require() {
        return captured().orElseThrow(() -> new MigrationException(
                "No Hibernate metadata captured: no EntityManagerFactory was built in this application"
                        + " (is JPA enabled?)"));
    }

    /**
     * The value to put under {@link JpaSettings#INTEGRATOR_PROVIDER} in the session factory's settings: a provider
     * of this capture and of the integrators of {@code existing}, the value the settings held before (an
     * {@link IntegratorProvider}, its class or class name, or {@code null}).
     */
    public IntegratorProvider withIntegratorProvider(Object existing) {
        List<Integrator> integrators = new ArrayList<>(List.of(this));
        IntegratorProvider previous = provider(existing);
        if (previous != null) {
            integrators.addAll(previous.getIntegrators());
        }
        List<Integrator> all = List.copyOf(integrators);
        return () -> all;
    }

    private static IntegratorProvider provider(Object setting) {
        if (setting == null || setting instanceof IntegratorProvider) {
            return (IntegratorProvider) setting;
        }
        try {
            Class<?> type = setting instanceof Class<?> given ? given
                    : Class.forName(setting.toString(), true, Thread.currentThread().getContextClassLoader());
            return (IntegratorProvider) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new MigrationException("Hibernate setting " + JpaSettings.INTEGRATOR_PROVIDER + " names '" + setting
                    + "', which is not an IntegratorProvider with a no-argument constructor: " + e);
        }
    }
}

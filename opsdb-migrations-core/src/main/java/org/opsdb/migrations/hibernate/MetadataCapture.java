package org.opsdb.migrations.hibernate;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

/**
 * A Hibernate {@link Integrator} (registered in {@code META-INF/services}) that keeps the boot {@link Metadata}
 * of the last session factory built in this JVM, so that {@code HibernateModelSource.captured()} can read the
 * application's real mapping, naming strategies included.
 */
public final class MetadataCapture implements Integrator {

    private static final AtomicReference<Metadata> CAPTURED = new AtomicReference<>();

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        CAPTURED.set(metadata);
    }

    /** The metadata captured last, if a session factory was built. */
    public static Optional<Metadata> captured() {
        return Optional.ofNullable(CAPTURED.get());
    }

    /** Forgets the captured metadata (for tests). */
    public static void clear() {
        CAPTURED.set(null);
    }
}

package org.opsdb.migrations.shell.command;

import java.util.function.Supplier;
import org.opsdb.migrations.autogenerate.ModelSource;

/**
 * The entity model the console compares databases with: the mapping the application's
 * {@code EntityManagerFactory} booted with, when the console runs inside an application with JPA; absent in the
 * standalone console, which has no entities.
 */
public final class EntityModel {

    private final Supplier<ModelSource> model;

    /** @param model the application's model, or a supplier of {@code null} when it has none */
    public EntityModel(Supplier<ModelSource> model) {
        this.model = model;
    }

    /** The model, or a one-line {@link UsageException} naming the command that needs it. */
    public ModelSource require(String command) {
        ModelSource source = model.get();
        if (source == null) {
            throw new UsageException("'" + command + "' needs the entity model, and this console has no JPA"
                    + " entities; run the console inside the application (java -jar app.jar console " + command
                    + ")");
        }
        return source;
    }
}

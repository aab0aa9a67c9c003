package org.opsdb.migrations.autoconfigure;

/** The {@link MigrationsConnectionDetails} the {@code opsdb.migrations.url}, {@code user} and {@code password} give. */
public final class PropertiesMigrationsConnectionDetails implements MigrationsConnectionDetails {

    private final MigrationsProperties properties;

    /** Reads the connection from {@code properties}. */
    public PropertiesMigrationsConnectionDetails(MigrationsProperties properties) {
        this.properties = properties;
    }

    @Override
    public String getJdbcUrl() {
        return properties.getUrl();
    }

    @Override
    public String getUsername() {
        return properties.getUser();
    }

    @Override
    public String getPassword() {
        return properties.getPassword();
    }
}

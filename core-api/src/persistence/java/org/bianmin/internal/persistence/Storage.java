package org.bianmin.internal.persistence;

import java.util.function.Function;
import javax.sql.DataSource;
import org.osgi.service.jdbc.DataSourceFactory;

/**
 * The one activation path of a bundle's database in OSGi: takes the platform's JDBC driver
 * ({@link DataSourceFactory}, OSGi Compendium §125) and the configured URL ({@link StorageConfig}),
 * migrates the bundle's schema, owns the persistence unit while the component is active and closes
 * it on deactivation. Each bundle's storage component extends it with an {@code @Activate}
 * constructor whose reference is named {@code dataSourceFactory}, so that
 * {@code dataSourceFactory.target} selects the driver; the bundle's service components reference
 * that storage component.
 */
public abstract class Storage {
    private final JpaUnit unit;

    /**
     * @param dataSourceFactory the platform's driver
     * @param config            URL and credentials
     * @param settings          the bundle's persistence unit on the configured data source
     */
    protected Storage(DataSourceFactory dataSourceFactory, StorageConfig config,
            Function<DataSource, JpaUnit.Settings> settings) {
        this.unit = JpaUnit.open(settings.apply(DataSources.create(dataSourceFactory, config.jdbc_url(),
                config.jdbc_user(), config.jdbc_password())));
    }

    /** The bundle's persistence unit. */
    public final JpaUnit unit() {
        return unit;
    }

    /**
     * Closes the persistence unit; Declarative Services calls it by its default name when the
     * component is deactivated.
     */
    protected void deactivate() {
        unit.close();
    }
}

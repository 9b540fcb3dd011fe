package org.bianmin.catalogue.internal.persistence;

import org.bianmin.internal.persistence.JpaUnit;
import org.bianmin.internal.persistence.Storage;
import org.bianmin.internal.persistence.StorageConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;

/**
 * The catalogue's database in OSGi ({@link Storage}): the catalogue's tables, Flyway history
 * {@code catalogue_schema_history}. The catalogue's service components reference it. Configuration
 * PID {@value #PID}.
 */
@Component(service = CatalogueStorage.class, immediate = true, configurationPid = CatalogueStorage.PID)
public class CatalogueStorage extends Storage {
    /** The configuration PID. */
    public static final String PID = "org.bianmin.catalogue.storage";

    @Activate
    public CatalogueStorage(@Reference(name = "dataSourceFactory") DataSourceFactory dataSourceFactory,
            StorageConfig config) {
        super(dataSourceFactory, config, dataSource -> new JpaUnit.Settings("catalogue", dataSource,
                "catalogue_schema_history", "org/bianmin/catalogue/internal/db", CatalogueStore.ENTITIES));
    }
}

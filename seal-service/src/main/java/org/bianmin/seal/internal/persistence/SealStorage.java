package org.bianmin.seal.internal.persistence;

import org.bianmin.internal.persistence.Storage;
import org.bianmin.internal.persistence.StorageConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;

/**
 * The seal registry's database in OSGi ({@link Storage}): seals, transitions, custody and uses,
 * Flyway history {@code seal_schema_history}. Configuration PID {@value #PID}.
 */
@Component(service = SealStorage.class, immediate = true, configurationPid = SealStorage.PID)
public class SealStorage extends Storage {
    /** The configuration PID. */
    public static final String PID = "org.bianmin.seal.storage";

    private final SealStore store;

    @Activate
    public SealStorage(@Reference(name = "dataSourceFactory") DataSourceFactory dataSourceFactory,
            StorageConfig config) {
        super(dataSourceFactory, config, SealStore::settings);
        this.store = SealStore.on(unit());
    }

    /** The registry's store over the persistence unit. */
    public SealStore store() {
        return store;
    }
}

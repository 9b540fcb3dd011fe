package org.bianmin.proxy.internal.persistence;

import org.bianmin.internal.persistence.Storage;
import org.bianmin.internal.persistence.StorageConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;

/**
 * The proxy ledger's database in OSGi ({@link Storage}): the {@code proxy_*} tables, Flyway history
 * {@code proxy_schema_history}. Configuration PID {@value #PID}.
 */
@Component(service = ProxyStorage.class, immediate = true, configurationPid = ProxyStorage.PID)
public class ProxyStorage extends Storage {
    /** The configuration PID. */
    public static final String PID = "org.bianmin.proxy.storage";

    @Activate
    public ProxyStorage(@Reference(name = "dataSourceFactory") DataSourceFactory dataSourceFactory,
            StorageConfig config) {
        super(dataSourceFactory, config, ProxyEntities::settings);
    }
}

package org.bianmin.proxy.internal.persistence;

import org.bianmin.internal.persistence.DataSources;
import org.bianmin.internal.persistence.JpaUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The proxy ledger's database in OSGi: takes the platform's JDBC driver ({@link DataSourceFactory})
 * and the configured URL, migrates the {@code proxy_*} tables (history table
 * {@code proxy_schema_history}) and owns the EntityManagerFactory while the bundle runs.
 * Configuration PID {@code org.bianmin.proxy.storage}; without configuration it uses an H2 file
 * database under {@code ./bianmin-data}.
 */
@Component(service = ProxyStorage.class, immediate = true, configurationPid = ProxyStorage.PID)
@Designate(ocd = ProxyStorage.Config.class)
public class ProxyStorage {
    /** The configuration PID. */
    public static final String PID = "org.bianmin.proxy.storage";

    /** Where the proxy ledger's tables live. */
    @ObjectClassDefinition(name = "Bianmin proxy ledger database",
            description = "The database of the village proxy ledger (tables proxy_*).")
    public @interface Config {
        @AttributeDefinition(name = "JDBC URL", description = "URL of the proxy ledger's database.")
        String jdbc_url() default "jdbc:h2:./bianmin-data/bianmin";

        @AttributeDefinition(name = "User", required = false)
        String jdbc_user() default "";

        @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD, required = false)
        String jdbc_password() default "";

        @AttributeDefinition(name = "JDBC driver filter",
                description = "Selects the DataSourceFactory service of the database's driver.")
        String dataSourceFactory_target() default "(osgi.jdbc.driver.class=org.h2.Driver)";
    }

    private final JpaUnit unit;

    @Activate
    public ProxyStorage(@Reference(name = "dataSourceFactory") DataSourceFactory dataSourceFactory, Config config) {
        this.unit = JpaUnit.open(ProxyEntities.settings(DataSources.create(dataSourceFactory, config.jdbc_url(),
                config.jdbc_user(), config.jdbc_password())));
    }

    /** The proxy ledger's persistence unit. */
    public JpaUnit unit() {
        return unit;
    }

    @Deactivate
    void close() {
        unit.close();
    }
}

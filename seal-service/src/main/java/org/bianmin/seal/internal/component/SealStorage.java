package org.bianmin.seal.internal.component;

import org.bianmin.internal.persistence.DataSources;
import org.bianmin.seal.internal.persistence.SealStore;
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
 * The seal registry's database in OSGi: takes the platform's JDBC driver ({@link DataSourceFactory},
 * OSGi Compendium §125) and the configured URL, migrates the seal schema and owns the
 * EntityManagerFactory for as long as the bundle runs. Configuration PID
 * {@code org.bianmin.seal.storage}; without configuration an H2 file database under
 * {@code ./bianmin-data}.
 */
@Component(service = SealStorage.class, immediate = true, configurationPid = SealStorage.PID)
@Designate(ocd = SealStorage.Config.class)
public class SealStorage {
    /** The configuration PID. */
    public static final String PID = "org.bianmin.seal.storage";

    /** Where the seal registry's tables live. */
    @ObjectClassDefinition(name = "Bianmin seal registry database",
            description = "The database of the electronic seal registry (seals, transitions, custody, uses).")
    public @interface Config {
        @AttributeDefinition(name = "JDBC URL", description = "URL of the seal registry's database.")
        String jdbc_url() default "jdbc:h2:./bianmin-data/bianmin";

        @AttributeDefinition(name = "User", required = false)
        String jdbc_user() default "";

        @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD, required = false)
        String jdbc_password() default "";

        @AttributeDefinition(name = "JDBC driver filter",
                description = "Selects the DataSourceFactory service of the database's driver.")
        String dataSourceFactory_target() default "(osgi.jdbc.driver.class=org.h2.Driver)";
    }

    private final SealStore store;

    @Activate
    public SealStorage(@Reference(name = "dataSourceFactory") DataSourceFactory dataSourceFactory, Config config) {
        this.store = SealStore.open(
                DataSources.create(dataSourceFactory, config.jdbc_url(), config.jdbc_user(), config.jdbc_password()));
    }

    /** The registry's store. */
    public SealStore store() {
        return store;
    }

    @Deactivate
    void close() {
        store.close();
    }
}

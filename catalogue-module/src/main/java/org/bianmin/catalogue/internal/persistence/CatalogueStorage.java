package org.bianmin.catalogue.internal.persistence;

import java.util.List;
import org.bianmin.internal.persistence.DataSources;
import org.bianmin.internal.persistence.JpaUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The catalogue's database in OSGi: takes the platform's JDBC driver ({@link DataSourceFactory})
 * and the configured URL, migrates the schema and owns the EntityManagerFactory for as long as
 * the bundle runs. The catalogue's service components reference it. Configuration PID
 * {@code org.bianmin.catalogue.storage}; without configuration it uses an H2 file database under
 * {@code ./bianmin-data}.
 */
@Component(service = CatalogueStorage.class, immediate = true, configurationPid = CatalogueStorage.PID)
@Designate(ocd = CatalogueStorage.Config.class)
public class CatalogueStorage {
    /** The configuration PID. */
    public static final String PID = "org.bianmin.catalogue.storage";

    /** Where the catalogue's tables live. */
    @ObjectClassDefinition(name = "Bianmin catalogue database",
            description = "The database of the devolved-power catalogue.")
    public @interface Config {
        @AttributeDefinition(name = "JDBC URL", description = "URL of the catalogue's database.")
        String jdbc_url() default "jdbc:h2:./bianmin-data/bianmin";

        @AttributeDefinition(name = "User", required = false)
        String jdbc_user() default "";

        @AttributeDefinition(name = "Password", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD,
                required = false)
        String jdbc_password() default "";

        @AttributeDefinition(name = "JDBC driver filter",
                description = "Selects the DataSourceFactory service of the database's driver.")
        String dataSourceFactory_target() default "(osgi.jdbc.driver.class=org.h2.Driver)";
    }

    private final JpaUnit unit;

    @Activate
    public CatalogueStorage(@Reference(name = "dataSourceFactory") DataSourceFactory dataSourceFactory, Config config) {
        this.unit = JpaUnit.open(new JpaUnit.Settings("catalogue",
                DataSources.create(dataSourceFactory, config.jdbc_url(), config.jdbc_user(), config.jdbc_password()),
                "catalogue_schema_history", "org/bianmin/catalogue/internal/db", CatalogueStore.ENTITIES));
    }

    /** The catalogue's persistence unit. */
    public JpaUnit unit() {
        return unit;
    }

    @Deactivate
    void close() {
        unit.close();
    }
}

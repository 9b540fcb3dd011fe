package org.bianmin.audit.internal.persistence;

import java.util.List;
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
 * The audit trail's database in OSGi: takes the platform's JDBC driver ({@link DataSourceFactory})
 * and the configured URL, migrates the {@code audit_*} tables (history table
 * {@code audit_schema_history}) and owns the EntityManagerFactory while the bundle runs.
 * Configuration PID {@code org.bianmin.audit.storage}; without configuration it uses an H2 file
 * database under {@code ./bianmin-data}.
 */
@Component(service = AuditStorage.class, immediate = true, configurationPid = AuditStorage.PID)
@Designate(ocd = AuditStorage.Config.class)
public class AuditStorage {
    /** The configuration PID. */
    public static final String PID = "org.bianmin.audit.storage";

    /** The entity classes of the audit trail. */
    public static final List<Class<?>> ENTITIES =
            List.of(EntryRow.class, NodeRow.class, HeadRow.class, CheckpointRow.class);

    /** Where the audit trail's tables live. */
    @ObjectClassDefinition(name = "Bianmin audit trail database",
            description = "The database of the tamper-evident audit trail (tables audit_*).")
    public @interface Config {
        @AttributeDefinition(name = "JDBC URL", description = "URL of the audit trail's database.")
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
    public AuditStorage(@Reference(name = "dataSourceFactory") DataSourceFactory dataSourceFactory, Config config) {
        this.unit = open(DataSources.create(dataSourceFactory, config.jdbc_url(), config.jdbc_user(),
                config.jdbc_password()));
    }

    /** Opens the audit trail's persistence unit on {@code dataSource}, migrating it first. */
    public static JpaUnit open(javax.sql.DataSource dataSource) {
        return JpaUnit.open(new JpaUnit.Settings("audit", dataSource, "audit_schema_history",
                "org/bianmin/audit/internal/db", ENTITIES));
    }

    /** The audit trail's persistence unit. */
    public JpaUnit unit() {
        return unit;
    }

    @Deactivate
    void close() {
        unit.close();
    }
}

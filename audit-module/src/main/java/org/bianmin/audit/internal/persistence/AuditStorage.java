package org.bianmin.audit.internal.persistence;

import java.util.List;
import javax.sql.DataSource;
import org.bianmin.internal.persistence.JpaUnit;
import org.bianmin.internal.persistence.Storage;
import org.bianmin.internal.persistence.StorageConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;

/**
 * The audit trail's database in OSGi ({@link Storage}): the {@code audit_*} tables, Flyway history
 * {@code audit_schema_history}. Configuration PID {@value #PID}.
 */
@Component(service = AuditStorage.class, immediate = true, configurationPid = AuditStorage.PID)
public class AuditStorage extends Storage {
    /** The configuration PID. */
    public static final String PID = "org.bianmin.audit.storage";

    /** The entity classes of the audit trail. */
    public static final List<Class<?>> ENTITIES =
            List.of(EntryRow.class, NodeRow.class, HeadRow.class, CheckpointRow.class, CheckpointNoteRow.class,
                    IntegratedRow.class);

    @Activate
    public AuditStorage(@Reference(name = "dataSourceFactory") DataSourceFactory dataSourceFactory,
            StorageConfig config) {
        super(dataSourceFactory, config, AuditStorage::settings);
    }

    /** The settings of the audit trail's persistence unit on {@code dataSource}. */
    public static JpaUnit.Settings settings(DataSource dataSource) {
        return new JpaUnit.Settings("audit", dataSource, "audit_schema_history", "org/bianmin/audit/internal/db",
                ENTITIES);
    }

    /** Opens the audit trail's persistence unit on {@code dataSource}, migrating it first. */
    public static JpaUnit open(DataSource dataSource) {
        return JpaUnit.open(settings(dataSource));
    }
}

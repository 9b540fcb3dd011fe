package org.bianmin.audit.internal.witness;

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
 * The witness's database in OSGi ({@link Storage}): the {@code witness_log} table, Flyway history
 * {@code witness_schema_history}, so a witness may share the database of a log or live alone.
 * Activated only when a witness runs. Configuration PID {@value #PID}.
 */
@Component(service = WitnessStorage.class, configurationPid = WitnessStorage.PID)
public class WitnessStorage extends Storage {
    /** The configuration PID. */
    public static final String PID = "org.bianmin.audit.witness.storage";

    @Activate
    public WitnessStorage(@Reference(name = "dataSourceFactory") DataSourceFactory dataSourceFactory,
            StorageConfig config) {
        super(dataSourceFactory, config, WitnessStorage::settings);
    }

    /** The settings of the witness's persistence unit on {@code dataSource}. */
    public static JpaUnit.Settings settings(DataSource dataSource) {
        return new JpaUnit.Settings("witness", dataSource, "witness_schema_history",
                "org/bianmin/audit/internal/witness/db", List.of(WitnessLogRow.class));
    }

    /** Opens the witness's persistence unit on {@code dataSource}, migrating it first. */
    public static JpaUnit open(DataSource dataSource) {
        return JpaUnit.open(settings(dataSource));
    }
}

package org.bianmin.audit.internal.trail;

import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.bianmin.audit.AuditEntry;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.AuditTrail;
import org.bianmin.audit.Checkpoint;
import org.bianmin.audit.ConsistencyProof;
import org.bianmin.audit.InclusionProof;
import org.bianmin.audit.internal.key.Pkcs12AuditKey;
import org.bianmin.audit.internal.persistence.AuditStorage;
import org.bianmin.audit.spi.AuditKey;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.internal.persistence.MemoryOnlyKeys;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The {@link AuditTrail} service in OSGi. It signs checkpoints with a registered {@link AuditKey}
 * (e.g. an HSM) when there is one, otherwise with the embedded PKCS#12 key whose file and password
 * are configured, and publishes a checkpoint every {@code checkpoint_interval_minutes} when the log
 * has grown. Without either it signs with a key held in memory only, which it allows beside an
 * in-memory audit database only ({@link MemoryOnlyKeys}). Configuration PID {@code org.bianmin.audit.trail}.
 */
@Component(service = AuditTrail.class, immediate = true, configurationPid = AuditTrailComponent.PID)
@Designate(ocd = AuditTrailComponent.Config.class)
public class AuditTrailComponent implements AuditTrail {
    /** The configuration PID. */
    public static final String PID = "org.bianmin.audit.trail";

    private static final System.Logger LOG = System.getLogger(AuditTrailComponent.class.getName());

    /** The county audit key and the checkpoint schedule. */
    @ObjectClassDefinition(name = "Bianmin audit trail",
            description = "The county audit key that signs checkpoints, and how often checkpoints are published.")
    public @interface Config {
        @AttributeDefinition(name = "Key store file",
                description = "Encrypted PKCS#12 file of the county audit key; created with a new SM2 key when absent.")
        String keystore_path() default "./bianmin-data/audit-key.p12";

        @AttributeDefinition(name = "Key store password", type = AttributeType.PASSWORD, required = false,
                description = "Password of the key store. Without it the trail signs with a key held in memory"
                        + " only, whose checkpoints cannot be verified after a restart.")
        String keystore_password() default "";

        @AttributeDefinition(name = "Checkpoint interval (minutes)",
                description = "Publish a checkpoint this often when the log has grown; 0 publishes on demand only.")
        int checkpoint_interval_minutes() default 60;
    }

    private final JpaAuditTrail trail;
    private final ScheduledExecutorService schedule;

    @Activate
    public AuditTrailComponent(@Reference AuditStorage storage,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            AuditKey registeredKey,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            TimeSource clock,
            Config config) {
        TimeSource time = clock == null ? TimeSource.system() : clock;
        AuditKey key = key(registeredKey, config, time.now(), storage.unit().databaseUrl());
        this.trail = new JpaAuditTrail(storage.unit(), key, time);
        int minutes = config.checkpoint_interval_minutes();
        if (minutes < 0) {
            throw new org.bianmin.core.BianminException(org.bianmin.core.ErrorCode.CONFIGURATION_INVALID,
                    "checkpoint_interval_minutes must be 0 or more, got " + minutes);
        }
        if (minutes > 0) {
            schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "bianmin-audit-checkpoints");
                thread.setDaemon(true);
                return thread;
            });
            schedule.scheduleAtFixedRate(this::publishIfGrown, minutes, minutes, TimeUnit.MINUTES);
        } else {
            schedule = null;
        }
    }

    private static AuditKey key(AuditKey registered, Config config, Instant now, String databaseUrl) {
        if (registered != null) {
            return registered;
        }
        String password = config.keystore_password();
        boolean configured = password != null && !password.isEmpty();
        MemoryOnlyKeys.requireKeySourceOrMemoryDatabase("the audit signing key (PID " + PID + ")",
                "keystore.password (and keystore.path) for PID " + PID + ", or register an AuditKey service (an HSM)",
                configured, databaseUrl);
        if (!configured) {
            LOG.log(Level.WARNING, "no keystore_password configured for " + PID + ": checkpoints are signed with a"
                    + " key held in memory only and cannot be verified after a restart");
            return Pkcs12AuditKey.ephemeral();
        }
        return Pkcs12AuditKey.openOrCreate(Path.of(config.keystore_path()), password.toCharArray(), now);
    }

    /** Publishes a checkpoint when the log has grown since the newest one (the periodic task). */
    void publishIfGrown() {
        try {
            long size = trail.size();
            Optional<Checkpoint> latest = trail.latestCheckpoint();
            if (latest.isEmpty() || latest.get().treeSize() < size) {
                Checkpoint checkpoint = trail.publishCheckpoint();
                LOG.log(Level.INFO, "published audit checkpoint of " + checkpoint.treeSize() + " entries");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "cannot publish an audit checkpoint: " + e.getMessage(), e);
        }
    }

    @Deactivate
    void stop() {
        if (schedule != null) {
            schedule.shutdownNow();
        }
    }

    @Override
    public AuditEntry append(AuditEvent event) {
        return trail.append(event);
    }

    @Override
    public List<AuditEntry> appendAll(List<AuditEvent> events) {
        return trail.appendAll(events);
    }

    @Override
    public long size() {
        return trail.size();
    }

    @Override
    public AuditEntry entry(long sequence) {
        return trail.entry(sequence);
    }

    @Override
    public List<AuditEntry> entries(long from, long to) {
        return trail.entries(from, to);
    }

    @Override
    public Checkpoint publishCheckpoint() {
        return trail.publishCheckpoint();
    }

    @Override
    public Optional<Checkpoint> latestCheckpoint() {
        return trail.latestCheckpoint();
    }

    @Override
    public Checkpoint checkpoint(long treeSize) {
        return trail.checkpoint(treeSize);
    }

    @Override
    public InclusionProof inclusionProof(long sequence, long treeSize) {
        return trail.inclusionProof(sequence, treeSize);
    }

    @Override
    public ConsistencyProof consistencyProof(long fromSize, long toSize) {
        return trail.consistencyProof(fromSize, toSize);
    }

    @Override
    public byte[] checkpointPublicKey() {
        return trail.checkpointPublicKey();
    }

    @Override
    public List<Checkpoint> checkpoints() {
        return trail.checkpoints();
    }

    @Override
    public void export(OutputStream out) {
        trail.export(out);
    }
}

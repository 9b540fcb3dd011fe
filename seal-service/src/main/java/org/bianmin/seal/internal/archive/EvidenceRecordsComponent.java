package org.bianmin.seal.internal.archive;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.bianmin.audit.AuditTrail;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.seal.EvidenceRecordArchive;
import org.bianmin.seal.internal.persistence.SealStorage;
import org.bianmin.seal.internal.registry.AuditEmitter;
import org.bianmin.seal.spi.TimeStampSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The {@link EvidenceRecordArchive} service (PID {@value #PID}) over the seal database, and its scheduled
 * job: every {@code interval.minutes} it covers the waiting uses in batches of {@code batch.size} and then
 * renews the records due, as the actor {@value #SYSTEM_ACTOR}, each run audited like a shell command.
 *
 * <p>The job is off by default ({@code interval.minutes} 0). Several platform nodes share one seal
 * database, and each would run its own job: a batch covered twice is refused whole by the database, so
 * nothing goes wrong, but every node would ask the TSA for a token that is then thrown away. A deployment
 * switches the job on for one node, at an interval that suits its volume (a day keeps the gap between a
 * signature's own time-stamp and its archive time-stamp short enough); {@code seal:archive} covers what
 * waits at any time by hand. Like signing, the service needs the audit trail: without one it is not active.
 */
@Component(service = EvidenceRecordArchive.class, configurationPid = EvidenceRecordsComponent.PID)
@Designate(ocd = EvidenceRecordsComponent.Config.class)
public final class EvidenceRecordsComponent implements EvidenceRecordArchive {
    /** The configuration PID. */
    public static final String PID = "org.bianmin.seal.archive";
    /** Who the scheduled job acts as in the audit trail. */
    public static final String SYSTEM_ACTOR = "system.evidence-records";

    /** The batches, the renewal margin and the scheduled job. */
    @ObjectClassDefinition(name = "Bianmin archive time-stamps",
            description = "RFC 4998 evidence records over the seal use register.")
    public @interface Config {
        @AttributeDefinition(name = "Batch size", description = "Uses covered (or records renewed) by one"
                + " archive time-stamp, 1..10000.")
        int batch_size() default 1000;

        @AttributeDefinition(name = "Interval (minutes)", description = "How often the scheduled job runs;"
                + " 0 switches it off (the default: switch it on for one node of a cluster).")
        long interval_minutes() default 0;

        @AttributeDefinition(name = "Renewal margin (days)", description = "A record is renewed when the"
                + " certificate of its last archive time-stamp expires within this many days.")
        int renewal_margin_days() default 180;
    }

    private static final System.Logger LOG = System.getLogger(EvidenceRecordsComponent.class.getName());

    @Reference(policy = ReferencePolicy.DYNAMIC)
    private volatile AuditTrail auditTrail;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TimeStampSource timeStampSource;

    private final EvidenceRecords records;
    private final ScheduledExecutorService scheduler;

    @Activate
    public EvidenceRecordsComponent(@Reference SealStorage storage,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            TimeSource clock,
            Config config) {
        TimeSource time = clock == null ? TimeSource.system() : clock;
        if (config.batch_size() < 1 || config.batch_size() > MAX_BATCH) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "batch.size is " + config.batch_size()
                    + "; an archive time-stamp covers 1 to " + MAX_BATCH + " uses");
        }
        if (config.interval_minutes() < 0 || config.renewal_margin_days() < 0) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID,
                    "interval.minutes and renewal.margin.days must not be negative");
        }
        this.records = new EvidenceRecords(storage.store(), () -> timeStampSource, time,
                new AuditEmitter(storage.store(), () -> auditTrail, time),
                Duration.ofDays(config.renewal_margin_days()));
        if (config.interval_minutes() == 0) {
            this.scheduler = null;
        } else {
            this.scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "bianmin-evidence-records");
                thread.setDaemon(true);
                return thread;
            });
            int batch = config.batch_size();
            scheduler.scheduleWithFixedDelay(() -> runScheduled(batch), config.interval_minutes(),
                    config.interval_minutes(), TimeUnit.MINUTES);
        }
    }

    /** One scheduled run ({@link EvidenceRecords#catchUp}); a failure waits for the next run. */
    private void runScheduled(int batch) {
        try {
            records.catchUp(batch, Actor.of(SYSTEM_ACTOR));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "archive time-stamping failed; the next run tries again: "
                    + e.getMessage(), e);
        }
    }

    @Deactivate
    void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    @Override
    public int archive(int batchSize, Actor actor) {
        return records.archive(batchSize, actor);
    }

    @Override
    public int renew(int batchSize, Actor actor) {
        return records.renew(batchSize, actor);
    }

    @Override
    public Optional<byte[]> evidenceRecord(String esId, String signatureHash) {
        return records.evidenceRecord(esId, signatureHash);
    }
}

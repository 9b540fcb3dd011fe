package org.bianmin.seal.internal.archive;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.bianmin.audit.AuditEventType;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.seal.EvidenceRecordArchive;
import org.bianmin.seal.internal.persistence.EvidenceRecordEntity;
import org.bianmin.seal.internal.persistence.SealStore;
import org.bianmin.seal.internal.persistence.UseEntity;
import org.bianmin.seal.internal.registry.AuditEmitter;
import org.bianmin.seal.spi.TimeStampSource;

/**
 * Archive time-stamps over the use register (RFC 4998): covers the uses not yet covered, renews the
 * records whose last archive time-stamp's TSA certificate nears its expiry, and hands a use's record
 * out. Each run goes in three steps, as signing does, so that no lock is held while the TSA is asked
 * and nothing is half-written: read the batch (a short transaction); build the hash tree and have its
 * root time-stamped (no transaction); store every record of the batch and one {@code ADMINISTRATION}
 * audit event in one transaction. A use is covered once: its row's primary key is the use's id, so a
 * batch that another node covered meanwhile fails whole ({@code STORAGE_FAILURE}) and writes nothing.
 */
public final class EvidenceRecords implements EvidenceRecordArchive {
    /** The audit event's subject: the use register as a whole. */
    static final String SUBJECT = "seal-use-register";

    private final SealStore store;
    private final Supplier<TimeStampSource> sources;
    private final TimeSource clock;
    private final AuditEmitter audit;
    private final Duration renewalMargin;

    /**
     * @param sources       gives the time-stamp source at each run, or null when none is registered
     * @param renewalMargin how long before its TSA certificate expires a record is renewed
     */
    public EvidenceRecords(SealStore store, Supplier<TimeStampSource> sources, TimeSource clock, AuditEmitter audit,
            Duration renewalMargin) {
        this.store = Checks.required(store, "store");
        this.sources = Checks.required(sources, "time-stamp sources");
        this.clock = Checks.required(clock, "clock");
        this.audit = Checks.required(audit, "audit");
        this.renewalMargin = Checks.required(renewalMargin, "renewal margin");
        if (renewalMargin.isNegative()) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "the renewal margin must not be negative");
        }
    }

    @Override
    public int archive(int batchSize, Actor actor) {
        checkBatch(batchSize);
        Checks.required(actor, "actor");
        List<UseEntity> uses = store.inTransaction(em -> store.usesWithoutEvidenceRecord(em, batchSize));
        if (uses.isEmpty()) {
            return 0;
        }
        List<byte[]> hashes = uses.stream().map(use -> signatureHash(use)).toList();
        List<ArchiveTimeStamps.Made> records = ArchiveTimeStamps.cover(hashes, source());
        return store.inTransaction(em -> {
            for (int i = 0; i < uses.size(); i++) {
                ArchiveTimeStamps.Made made = records.get(i);
                em.persist(new EvidenceRecordEntity(uses.get(i).useId(), made.der(), made.genTime(),
                        made.tsaNotAfter()));
            }
            audit.emit(em, AuditEventType.ADMINISTRATION, actor, SUBJECT, details("evidence-records-archived", "uses",
                    uses.size(), records.get(0)));
            return uses.size();
        });
    }

    @Override
    public int renew(int batchSize, Actor actor) {
        checkBatch(batchSize);
        Checks.required(actor, "actor");
        Instant before = clock.now().plus(renewalMargin);
        List<EvidenceRecordEntity> due = store.inTransaction(em -> store.evidenceRecordsExpiringBefore(em, before,
                batchSize));
        if (due.isEmpty()) {
            return 0;
        }
        List<byte[]> read = due.stream().map(EvidenceRecordEntity::evidenceRecord).toList();
        List<ArchiveTimeStamps.Made> renewed = ArchiveTimeStamps.renew(read, source());
        if (renewed.get(0).tsaNotAfter().isBefore(before)) {
            throw new BianminException(ErrorCode.TIMESTAMP_INVALID, "the time-stamp authority's own certificate"
                    + " expires " + renewed.get(0).tsaNotAfter() + ", within the renewal margin: a renewal by it would"
                    + " be due again at once; give the TSA a new certificate and key, then renew; nothing was renewed");
        }
        return store.inTransaction(em -> {
            List<String> changed = new ArrayList<>();
            for (int i = 0; i < due.size(); i++) {
                EvidenceRecordEntity row = store.lockEvidenceRecord(em, due.get(i).useId());
                // renewed by another node meanwhile: its renewal stands, this one is dropped
                if (java.util.Arrays.equals(row.evidenceRecord(), read.get(i))) {
                    ArchiveTimeStamps.Made made = renewed.get(i);
                    row.renewed(made.der(), made.genTime(), made.tsaNotAfter());
                    changed.add(row.useId());
                }
            }
            if (!changed.isEmpty()) {
                audit.emit(em, AuditEventType.ADMINISTRATION, actor, SUBJECT, details("evidence-records-renewed",
                        "records", changed.size(), renewed.get(0)));
            }
            return changed.size();
        });
    }

    /**
     * What the scheduled job does: archives in batches of {@code batchSize} until nothing waits, then renews
     * in batches until nothing is due; each batch its own transaction and audit event.
     *
     * @return how many uses were covered and how many records renewed
     */
    public int[] catchUp(int batchSize, Actor actor) {
        int covered = 0;
        int batch;
        do {
            batch = archive(batchSize, actor);
            covered += batch;
        } while (batch == batchSize && !Thread.currentThread().isInterrupted());
        int renewed = 0;
        do {
            batch = renew(batchSize, actor);
            renewed += batch;
        } while (batch == batchSize && !Thread.currentThread().isInterrupted());
        return new int[] {covered, renewed};
    }

    @Override
    public Optional<byte[]> evidenceRecord(String esId, String signatureHash) {
        Checks.text(esId, "esID");
        Checks.text(signatureHash, "signature hash");
        return store.inTransaction(em -> store.evidenceRecordOfSignature(em, esId, signatureHash)
                .map(EvidenceRecordEntity::evidenceRecord));
    }

    /** The audit event's details: the action, how many, and the archive time-stamp's genTime and TSA expiry. */
    private static Map<String, String> details(String action, String counted, int count, ArchiveTimeStamps.Made stamp) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("action", action);
        details.put(counted, Integer.toString(count));
        details.put("archiveTimeStamp", stamp.genTime().toString());
        details.put("tsaNotAfter", stamp.tsaNotAfter().toString());
        return details;
    }

    private TimeStampSource source() {
        TimeStampSource source = sources.get();
        if (source == null) {
            throw new BianminException(ErrorCode.TIMESTAMP_UNAVAILABLE,
                    "no time-stamp source is registered; archive time-stamps need the county TSA or an external one");
        }
        return source;
    }

    private static byte[] signatureHash(UseEntity use) {
        try {
            byte[] hash = HexFormat.of().parseHex(use.signatureHash());
            if (hash.length == 32) {
                return hash;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new BianminException(ErrorCode.STORAGE_FAILURE, "use " + use.useId()
                + " has no SM3 signature hash (" + use.signatureHash() + "); nothing was archived");
    }

    private static void checkBatch(int batchSize) {
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw BianminException.invalid("the batch size must be 1 to " + MAX_BATCH + ", got " + batchSize);
        }
    }
}

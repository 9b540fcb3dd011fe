package org.bianmin.seal;

import java.util.Optional;
import org.bianmin.core.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Archive time-stamps over the use register (用印登记的归档时间戳): RFC 4998 evidence records that keep
 * proving each recorded signature existed when it was made after the certificate and key of the
 * time-stamp authority that stamped it are gone. The registry gathers the uses not yet covered, builds
 * one hash tree over their signatures' SM3 hashes, has its root time-stamped, and keeps each use's
 * evidence record (its reduced hash tree and the archive time-stamp); before the time-stamp authority's
 * certificate expires it renews the records with a new archive time-stamp over the last one (§5.2).
 *
 * <p>A verifier holding a signature and its evidence record hands the record in with
 * {@link ValidationPolicy#withEvidenceRecords}; its first archive time-stamp's genTime is then the
 * signature's proof of existence (check {@link CheckId#EVIDENCE_RECORD}).
 *
 * <p>Failures throw {@link org.bianmin.core.BianminException}: {@code INVALID_ARGUMENT} (a batch size out
 * of range), {@code TIMESTAMP_UNAVAILABLE}, {@code TIMESTAMP_REFUSED} or {@code TIMESTAMP_INVALID} (the
 * time-stamp authority; nothing is then written), {@code STORAGE_FAILURE}.
 *
 * @since package version 1.9.0
 */
@ProviderType
public interface EvidenceRecordArchive {
    /** The largest batch one call covers. */
    int MAX_BATCH = 10_000;

    /**
     * Covers up to {@code batchSize} uses that have no evidence record yet, oldest first, with one
     * archive time-stamp; all of them or none are stored, and an audit event names the batch.
     *
     * @param batchSize 1 to {@link #MAX_BATCH}
     * @param actor     who asks (an administrator, or the system for the scheduled job)
     * @return how many uses were covered; 0 when none was waiting
     */
    int archive(int batchSize, Actor actor);

    /**
     * Renews, with a new archive time-stamp over the last one, up to {@code batchSize} evidence records
     * whose last archive time-stamp is signed by a certificate that expires within the configured
     * margin; each record renewed in its own transaction, with one audit event for the run.
     *
     * @return how many records were renewed
     */
    int renew(int batchSize, Actor actor);

    /**
     * The evidence record (DER, RFC 4998 §3 {@code EvidenceRecord}) of the use of seal {@code esId}
     * that made the signature with this SM3 hash ({@link SealUse#signatureHash}), when it is covered.
     */
    Optional<byte[]> evidenceRecord(String esId, String signatureHash);
}

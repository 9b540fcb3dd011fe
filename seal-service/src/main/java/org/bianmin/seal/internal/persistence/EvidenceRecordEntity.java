package org.bianmin.seal.internal.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The RFC 4998 evidence record (证据记录) of one use of a seal (table {@code seal_evidence_record},
 * migration V9): the DER {@code EvidenceRecord}, the genTime of its first archive time-stamp (the proof
 * of existence), and the genTime and TSA certificate expiry of its last one, which decide its renewal.
 */
@Entity
@Table(name = "seal_evidence_record")
public class EvidenceRecordEntity {
    @Id
    private String useId;
    private byte[] evidenceRecord;
    private Instant firstGenTime;
    private Instant lastGenTime;
    private Instant tsaNotAfter;
    private int timeStamps;

    protected EvidenceRecordEntity() {
    }

    public EvidenceRecordEntity(String useId, byte[] evidenceRecord, Instant genTime, Instant tsaNotAfter) {
        this.useId = useId;
        this.evidenceRecord = evidenceRecord.clone();
        this.firstGenTime = genTime;
        this.lastGenTime = genTime;
        this.tsaNotAfter = tsaNotAfter;
        this.timeStamps = 1;
    }

    /** Replaces the record by its renewal, whose new last archive time-stamp has {@code genTime}. */
    public void renewed(byte[] renewal, Instant genTime, Instant notAfter) {
        this.evidenceRecord = renewal.clone();
        this.lastGenTime = genTime;
        this.tsaNotAfter = notAfter;
        this.timeStamps++;
    }

    public String useId() {
        return useId;
    }

    /** The DER EvidenceRecord (a copy). */
    public byte[] evidenceRecord() {
        return evidenceRecord.clone();
    }

    /** The number of archive time-stamps in the record's chain. */
    public int timeStamps() {
        return timeStamps;
    }

    /** When the certificate that signed the last archive time-stamp expires. */
    public Instant tsaNotAfter() {
        return tsaNotAfter;
    }
}

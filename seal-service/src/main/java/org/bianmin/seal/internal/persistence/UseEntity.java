package org.bianmin.seal.internal.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.bianmin.seal.SealUse;
import org.bianmin.core.Actor;

/** One use of a seal (用印登记): who signed which document hash for which case, when, and where the stamps are. */
@Entity
@Table(name = "seal_use")
public class UseEntity {
    @Id
    private String useId;
    private String esId;
    private String operatorId;
    private Instant usedAt;
    private String documentHash;
    private String caseNumber;
    private String signatureHash;
    private String stamps;
    private Instant timeStampGenTime;
    private String timeStampSerial;
    private String timeStampMissing;

    protected UseEntity() {
    }

    public UseEntity(String id, String esId, String operator, Instant usedAt, String documentHash, String caseNumber,
            String signatureHash, String stamps) {
        this.useId = id;
        this.esId = esId;
        this.operatorId = operator;
        this.usedAt = usedAt;
        this.documentHash = documentHash;
        this.caseNumber = caseNumber;
        this.signatureHash = signatureHash;
        this.stamps = stamps;
    }

    /**
     * Notes how the signature's time is proven: the genTime and serial of its time-stamp token, or
     * why it carries none (GB/T 38540 §6.1 {@code timeStamp}).
     */
    public UseEntity timeStamp(Instant genTime, String serial, String missing) {
        this.timeStampGenTime = genTime;
        this.timeStampSerial = serial;
        this.timeStampMissing = missing;
        return this;
    }

    public String useId() {
        return useId;
    }

    /** The SM3 hash of the signature made, lower-case hex. */
    public String signatureHash() {
        return signatureHash;
    }

    /** The serial number of the signature's time-stamp token (decimal), or null. */
    public String timeStampSerial() {
        return timeStampSerial;
    }

    /** The use as the registry reports it, its stamps read back from {@link StampColumn}. */
    public SealUse toUse() {
        return new SealUse(esId, Actor.of(operatorId), usedAt, documentHash, caseNumber, signatureHash,
                StampColumn.read(stamps), timeStampGenTime, timeStampMissing);
    }
}

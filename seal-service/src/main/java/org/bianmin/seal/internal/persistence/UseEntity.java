package org.bianmin.seal.internal.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One use of a seal (用印登记): who signed which document hash for which case, when, and where the stamps are. */
@Entity
@Table(name = "seal_use")
public class UseEntity {
    @Id
    @Column(name = "use_id")
    private String id;
    private String esId;
    @Column(name = "operator_id")
    private String operator;
    private Instant usedAt;
    private String documentHash;
    private String caseNumber;
    private String signatureHash;
    private String stamps;

    protected UseEntity() {
    }

    public UseEntity(String id, String esId, String operator, Instant usedAt, String documentHash, String caseNumber,
            String signatureHash, String stamps) {
        this.id = id;
        this.esId = esId;
        this.operator = operator;
        this.usedAt = usedAt;
        this.documentHash = documentHash;
        this.caseNumber = caseNumber;
        this.signatureHash = signatureHash;
        this.stamps = stamps;
    }

    public String esId() {
        return esId;
    }

    public String operator() {
        return operator;
    }

    public Instant usedAt() {
        return usedAt;
    }

    public String documentHash() {
        return documentHash;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String signatureHash() {
        return signatureHash;
    }

    /** The stamps of a sealed OFD document ({@link StampColumn}), or null. */
    public String stamps() {
        return stamps;
    }
}

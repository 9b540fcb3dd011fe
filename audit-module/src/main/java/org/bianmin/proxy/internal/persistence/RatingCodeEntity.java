package org.bianmin.proxy.internal.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A case's rating code, kept as its hash. */
@Entity
@Table(name = "proxy_rating_code")
public class RatingCodeEntity {
    @Id
    private String caseId;
    private String codeHash;
    private Instant expiresAt;
    private String issuedBy;
    private Instant issuedAt;
    private Instant usedAt;

    protected RatingCodeEntity() {
    }

    public RatingCodeEntity(String caseId, String codeHash, Instant expiresAt, String issuedBy, Instant issuedAt) {
        this.caseId = caseId;
        reissue(codeHash, expiresAt, issuedBy, issuedAt);
    }

    /** A new code in place of the old one. */
    public void reissue(String codeHash, Instant expiresAt, String issuedBy, Instant issuedAt) {
        this.codeHash = codeHash;
        this.expiresAt = expiresAt;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
        this.usedAt = null;
    }

    public String caseId() {
        return caseId;
    }

    /** Whether the code can still rate at {@code now}. */
    public boolean usableAt(Instant now) {
        return usedAt == null && !now.isAfter(expiresAt);
    }

    public void used(Instant at) {
        this.usedAt = at;
    }
}

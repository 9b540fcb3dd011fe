package org.bianmin.seal.internal.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A custody grant (印章保管授权): an operator allowed to sign with a seal, from the grant until it
 * is withdrawn. Withdrawn grants are kept.
 */
@Entity
@Table(name = "seal_custody")
public class CustodyEntity {
    @Id
    @Column(name = "custody_id", length = 36)
    private String id;
    @Column(name = "es_id", nullable = false, length = 32)
    private String esId;
    @Column(name = "operator_id", nullable = false, length = 128)
    private String operator;
    @Column(name = "granted_by", nullable = false, length = 128)
    private String grantedBy;
    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;
    @Column(name = "withdrawn_by", length = 128)
    private String withdrawnBy;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected CustodyEntity() {
    }

    public CustodyEntity(String id, String esId, String operator, String grantedBy, Instant grantedAt) {
        this.id = id;
        this.esId = esId;
        this.operator = operator;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public String operator() {
        return operator;
    }

    public boolean active() {
        return withdrawnAt == null;
    }

    public void withdraw(String by, Instant at) {
        this.withdrawnBy = by;
        this.withdrawnAt = at;
    }
}

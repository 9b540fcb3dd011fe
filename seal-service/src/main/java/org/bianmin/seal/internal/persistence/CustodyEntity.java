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
    @Column(name = "custody_id")
    private String id;
    private String esId;
    @Column(name = "operator_id")
    private String operator;
    private String grantedBy;
    private Instant grantedAt;
    private String withdrawnBy;
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

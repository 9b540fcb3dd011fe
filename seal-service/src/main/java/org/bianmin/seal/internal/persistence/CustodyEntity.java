package org.bianmin.seal.internal.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.bianmin.core.Actor;
import org.bianmin.seal.CustodyGrant;

/**
 * A custody grant (印章保管授权): an operator allowed to sign with a seal, from the grant until it
 * is withdrawn. Withdrawn grants are kept.
 */
@Entity
@Table(name = "seal_custody")
public class CustodyEntity {
    @Id
    private String custodyId;
    private String esId;
    private String operatorId;
    private String grantedBy;
    private Instant grantedAt;
    private String withdrawnBy;
    private Instant withdrawnAt;

    protected CustodyEntity() {
    }

    /** A new grant, under a fresh random id. */
    public CustodyEntity(String esId, Actor operator, Actor grantedBy, Instant grantedAt) {
        this.custodyId = UUID.randomUUID().toString();
        this.esId = esId;
        this.operatorId = operator.id();
        this.grantedBy = grantedBy.id();
        this.grantedAt = grantedAt;
    }

    /** The grant as the registry's API gives it. */
    public CustodyGrant toGrant() {
        return new CustodyGrant(esId, Actor.of(operatorId), Actor.of(grantedBy), grantedAt,
                withdrawnBy == null ? null : Actor.of(withdrawnBy), withdrawnAt);
    }

    public void withdraw(String by, Instant at) {
        this.withdrawnBy = by;
        this.withdrawnAt = at;
    }
}

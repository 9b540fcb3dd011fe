package org.bianmin.catalogue.internal.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Set;
import org.bianmin.catalogue.DevolutionGrant;
import org.bianmin.catalogue.PowerSource;
import org.bianmin.catalogue.Withdrawal;
import org.bianmin.core.DivisionCode;

/** A devolution grant; its townships are rows of {@link GrantTownshipEntity}. Only a withdrawal updates it. */
@Entity
@Table(name = "cat_grant")
public class GrantEntity {
    @Id
    private String grantId;
    private String itemCode;
    private int batchNo;
    private String documentNo;
    private String effectiveFrom;
    private String effectiveUntil;
    private String withdrawnFrom;
    private String withdrawReason;
    private String withdrawBasis;
    private long changeSeq;
    private String powerSource;

    protected GrantEntity() {
    }

    public GrantEntity(DevolutionGrant grant, long change) {
        this.grantId = grant.id();
        this.itemCode = grant.itemCode();
        this.batchNo = grant.batch();
        this.documentNo = grant.documentNumber();
        this.effectiveFrom = grant.effectiveFrom().toString();
        this.effectiveUntil = grant.effectiveUntil() == null ? null : grant.effectiveUntil().toString();
        this.changeSeq = change;
        this.powerSource = grant.source().name();
        withdraw(grant.withdrawal());
    }

    public String id() {
        return grantId;
    }

    /** Records the withdrawal (or none). */
    public void withdraw(Withdrawal withdrawal) {
        this.withdrawnFrom = withdrawal == null ? null : withdrawal.from().toString();
        this.withdrawReason = withdrawal == null ? null : withdrawal.reason();
        this.withdrawBasis = withdrawal == null ? null : withdrawal.legalBasis();
    }

    public DevolutionGrant toGrant(Set<DivisionCode> townships) {
        Withdrawal withdrawal = withdrawnFrom == null ? null
                : new Withdrawal(LocalDate.parse(withdrawnFrom), withdrawReason, withdrawBasis);
        return new DevolutionGrant(grantId, itemCode, batchNo, townships, documentNo, LocalDate.parse(effectiveFrom),
                effectiveUntil == null ? null : LocalDate.parse(effectiveUntil), withdrawal,
                powerSource == null ? PowerSource.DEVOLVED : PowerSource.valueOf(powerSource));
    }
}

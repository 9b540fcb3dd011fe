package org.bianmin.catalogue.internal.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Set;
import org.bianmin.catalogue.DevolutionGrant;
import org.bianmin.catalogue.Withdrawal;
import org.bianmin.core.DivisionCode;

/** A devolution grant; its townships are rows of {@link GrantTownshipEntity}. Only a withdrawal updates it. */
@Entity
@Table(name = "cat_grant")
public class GrantEntity {
    @Id
    @Column(name = "grant_id", length = 64)
    private String id;

    @Column(name = "item_code", nullable = false, length = 64)
    private String itemCode;

    @Column(name = "batch_no", nullable = false)
    private int batch;

    @Column(name = "document_no", nullable = false, length = 100)
    private String documentNumber;

    @Column(name = "effective_from", nullable = false, length = 10)
    private String effectiveFrom;

    @Column(name = "effective_until", length = 10)
    private String effectiveUntil;

    @Column(name = "withdrawn_from", length = 10)
    private String withdrawnFrom;

    @Column(name = "withdraw_reason", length = 1000)
    private String withdrawReason;

    @Column(name = "withdraw_basis", length = 1000)
    private String withdrawBasis;

    @Column(name = "change_seq", nullable = false)
    private long change;

    protected GrantEntity() {
    }

    public GrantEntity(DevolutionGrant grant, long change) {
        this.id = grant.id();
        this.itemCode = grant.itemCode();
        this.batch = grant.batch();
        this.documentNumber = grant.documentNumber();
        this.effectiveFrom = grant.effectiveFrom().toString();
        this.effectiveUntil = grant.effectiveUntil() == null ? null : grant.effectiveUntil().toString();
        this.change = change;
        withdraw(grant.withdrawal());
    }

    public String id() {
        return id;
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
        return new DevolutionGrant(id, itemCode, batch, townships, documentNumber, LocalDate.parse(effectiveFrom),
                effectiveUntil == null ? null : LocalDate.parse(effectiveUntil), withdrawal);
    }
}

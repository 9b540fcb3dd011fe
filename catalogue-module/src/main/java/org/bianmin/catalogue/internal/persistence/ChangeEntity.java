package org.bianmin.catalogue.internal.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.bianmin.catalogue.CatalogueChange;
import org.bianmin.catalogue.ChangeKind;
import org.bianmin.core.Actor;

/** A recorded change of the catalogue (动态调整记录); rows are only ever inserted. */
@Entity
@Table(name = "cat_change")
public class ChangeEntity {
    @Id
    @Column(name = "change_seq")
    private long sequence;

    @Column(name = "change_kind", nullable = false, length = 32)
    private String kind;

    @Column(name = "subject", nullable = false, length = 256)
    private String subject;

    @Column(name = "reason", nullable = false, length = 1000)
    private String reason;

    @Column(name = "legal_basis", nullable = false, length = 1000)
    private String legalBasis;

    @Column(name = "effective_on", nullable = false, length = 10)
    private String effectiveOn;

    @Column(name = "actor_id", nullable = false, length = 128)
    private String actor;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ChangeEntity() {
    }

    public ChangeEntity(CatalogueChange change) {
        this.sequence = change.sequence();
        this.kind = change.kind().name();
        this.subject = change.subject();
        this.reason = change.reason();
        this.legalBasis = change.legalBasis();
        this.effectiveOn = change.effective().toString();
        this.actor = change.actor().id();
        this.recordedAt = change.recorded();
    }

    public CatalogueChange toChange() {
        return new CatalogueChange(sequence, ChangeKind.valueOf(kind), subject, reason, legalBasis,
                LocalDate.parse(effectiveOn), Actor.of(actor), recordedAt);
    }
}

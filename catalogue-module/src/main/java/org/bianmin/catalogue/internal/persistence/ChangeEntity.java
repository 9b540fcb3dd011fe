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
    @Column(name = "change_kind")
    private String kind;
    private String subject;
    private String reason;
    private String legalBasis;
    private String effectiveOn;
    @Column(name = "actor_id")
    private String actor;
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

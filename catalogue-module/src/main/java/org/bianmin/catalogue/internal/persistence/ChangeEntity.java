package org.bianmin.catalogue.internal.persistence;

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
    private long changeSeq;
    private String changeKind;
    private String subject;
    private String reason;
    private String legalBasis;
    private String effectiveOn;
    private String actorId;
    private Instant recordedAt;

    protected ChangeEntity() {
    }

    public ChangeEntity(CatalogueChange change) {
        this.changeSeq = change.sequence();
        this.changeKind = change.kind().name();
        this.subject = change.subject();
        this.reason = change.reason();
        this.legalBasis = change.legalBasis();
        this.effectiveOn = change.effective().toString();
        this.actorId = change.actor().id();
        this.recordedAt = change.recorded();
    }

    public CatalogueChange toChange() {
        return new CatalogueChange(changeSeq, ChangeKind.valueOf(changeKind), subject, reason, legalBasis,
                LocalDate.parse(effectiveOn), Actor.of(actorId), recordedAt);
    }
}

package org.bianmin.proxy.internal.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.bianmin.proxy.Visit;

/** One trip of an applicant for a case (K-ONETRIP). */
@Entity
@Table(name = "proxy_visit")
public class VisitEntity {
    @Id
    private String visitId;
    private String caseId;
    private Instant visitedAt;
    private String purpose;

    protected VisitEntity() {
    }

    public VisitEntity(Visit visit) {
        this.visitId = UUID.randomUUID().toString();
        this.caseId = visit.caseId();
        this.visitedAt = visit.at();
        this.purpose = visit.purpose();
    }

    public Visit toVisit() {
        return new Visit(caseId, visitedAt, purpose);
    }
}

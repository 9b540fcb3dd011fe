package org.bianmin.proxy.internal.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.bianmin.proxy.Inspection;

/** A township inspection of a proxy point (V-SUPERVISE). */
@Entity
@Table(name = "proxy_inspection")
public class InspectionEntity {
    @Id
    private String inspectionId;
    private String pointId;
    private int inspectionDay;
    private String inspector;
    private String findings;

    protected InspectionEntity() {
    }

    public InspectionEntity(String id, Inspection inspection) {
        this.inspectionId = id;
        this.pointId = inspection.pointId();
        this.inspectionDay = (int) inspection.date().toEpochDay();
        this.inspector = inspection.inspector();
        this.findings = inspection.findings();
    }

    public Inspection toInspection() {
        return new Inspection(pointId, LocalDate.ofEpochDay(inspectionDay), inspector, findings);
    }
}

package org.bianmin.proxy.internal.persistence;

import jakarta.persistence.Column;
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
    @Column(name = "inspection_id", length = 36)
    private String inspectionId;
    @Column(name = "point_id", nullable = false, length = 64)
    private String pointId;
    @Column(name = "inspection_day", nullable = false)
    private int inspectionDay;
    @Column(name = "inspector", nullable = false, length = 100)
    private String inspector;
    @Column(name = "findings", nullable = false, length = 2000)
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

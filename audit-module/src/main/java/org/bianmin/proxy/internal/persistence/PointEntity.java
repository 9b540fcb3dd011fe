package org.bianmin.proxy.internal.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.bianmin.core.DivisionCode;
import org.bianmin.proxy.PointKind;
import org.bianmin.proxy.ProxyPoint;

/** A proxy point row. */
@Entity
@Table(name = "proxy_point")
public class PointEntity {
    @Id
    private String pointId;
    private String pointName;
    private String pointKind;
    private String divisionCode;
    private String townshipCode;
    private String countyCode;
    private Instant createdAt;

    protected PointEntity() {
    }

    public PointEntity(ProxyPoint point, Instant createdAt) {
        this.pointId = point.id();
        this.pointName = point.name();
        this.pointKind = point.kind().name();
        this.divisionCode = point.division().value();
        this.townshipCode = point.township().value();
        this.countyCode = point.division().county().value();
        this.createdAt = createdAt;
    }

    public ProxyPoint toPoint() {
        return new ProxyPoint(pointId, pointName, PointKind.valueOf(pointKind), DivisionCode.of(divisionCode));
    }

    public String townshipCode() {
        return townshipCode;
    }

    public String countyCode() {
        return countyCode;
    }

    public String divisionCode() {
        return divisionCode;
    }
}

package org.bianmin.proxy.internal.persistence;

import jakarta.persistence.Column;
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
    @Column(name = "point_id", length = 64)
    private String pointId;
    @Column(name = "point_name", nullable = false, length = 100)
    private String pointName;
    @Column(name = "point_kind", nullable = false, length = 16)
    private String pointKind;
    @Column(name = "division_code", nullable = false, length = 12)
    private String divisionCode;
    @Column(name = "township_code", nullable = false, length = 9)
    private String townshipCode;
    @Column(name = "county_code", nullable = false, length = 6)
    private String countyCode;
    @Column(name = "created_at", nullable = false)
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

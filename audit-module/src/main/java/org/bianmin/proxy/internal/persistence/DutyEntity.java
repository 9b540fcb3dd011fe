package org.bianmin.proxy.internal.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.bianmin.proxy.DutyShift;

/** A duty-roster row: one agent on duty at one point on one day. */
@Entity
@Table(name = "proxy_duty")
public class DutyEntity {
    @Id
    private String dutyId;
    private String pointId;
    private String agentId;
    private int dutyDay;

    protected DutyEntity() {
    }

    public DutyEntity(DutyShift shift) {
        this.dutyId = key(shift);
        this.pointId = shift.pointId();
        this.agentId = shift.agentId();
        this.dutyDay = (int) shift.date().toEpochDay();
    }

    public static String key(DutyShift shift) {
        return shift.pointId() + "|" + shift.agentId() + "|" + shift.date();
    }

    public DutyShift toShift() {
        return new DutyShift(pointId, agentId, LocalDate.ofEpochDay(dutyDay));
    }
}

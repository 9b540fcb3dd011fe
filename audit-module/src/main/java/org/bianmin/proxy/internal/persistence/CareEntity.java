package org.bianmin.proxy.internal.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.bianmin.proxy.CareEntry;
import org.bianmin.proxy.SpecialNeed;

/** An entry of the special-groups care ledger (特殊人群关爱台账). */
@Entity
@Table(name = "proxy_care")
public class CareEntity {
    @Id
    private String careId;
    private String pointId;
    private String personName;
    private String need;
    private int careDay;
    private String service;
    private String agentId;

    protected CareEntity() {
    }

    public CareEntity(String id, CareEntry entry) {
        this.careId = id;
        this.pointId = entry.pointId();
        this.personName = entry.personName();
        this.need = entry.need().name();
        this.careDay = (int) entry.date().toEpochDay();
        this.service = entry.service();
        this.agentId = entry.agentId();
    }

    public CareEntry toEntry() {
        return new CareEntry(careId, pointId, personName, SpecialNeed.valueOf(need), LocalDate.ofEpochDay(careDay),
                service, agentId);
    }
}

package org.bianmin.proxy;

import java.time.LocalDate;
import org.bianmin.core.Checks;

/**
 * An entry of the special-groups care ledger (特殊人群关爱台账, plan task 11, 15; docs/requirements.md
 * V-LEDGERS): a visit or service to an elderly, sick, disabled or young villager.
 *
 * @param id         the ledger's id (empty when recording)
 * @param pointId    the point
 * @param personName who was cared for
 * @param need       why
 * @param date       when
 * @param service    what was done, e.g. {@code 上门代办高龄补贴}
 * @param agentId    the agent who did it
 */
public record CareEntry(String id, String pointId, String personName, SpecialNeed need, LocalDate date,
        String service, String agentId) {
    public CareEntry {
        id = Checks.optionalText(id);
        pointId = Checks.text(pointId, "point id", 64);
        personName = Checks.text(personName, "person name", 64);
        Checks.required(need, "need");
        Checks.required(date, "date");
        service = Checks.text(service, "service", 500);
        agentId = Checks.text(agentId, "agent id", 64);
    }
}

package org.bianmin.proxy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;

/**
 * A case as an agent records it on receipt (代办件登记).
 *
 * @param pointId    the proxy point
 * @param agentId    the agent who received it
 * @param applicant  the applicant
 * @param itemCode   the catalogue item applied for
 * @param receivedAt when it was received
 * @param channel    how it came in
 * @param needs      special needs of the applicant, empty for none (task 15)
 * @param services   special service given: home service, full proxy (task 15)
 */
public record NewCase(String pointId, String agentId, Applicant applicant, String itemCode, Instant receivedAt,
        Channel channel, Set<SpecialNeed> needs, Set<SpecialService> services) {
    public NewCase {
        pointId = Checks.text(pointId, "point id", 64);
        agentId = Checks.text(agentId, "agent id", 64);
        Checks.required(applicant, "applicant");
        itemCode = Checks.text(itemCode, "item code", 64);
        Checks.required(receivedAt, "received at");
        Checks.required(channel, "channel");
        needs = needs == null || needs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(needs));
        services = services == null || services.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(services));
        if (!services.isEmpty() && needs.isEmpty()) {
            throw BianminException.invalid("home service and full proxy are recorded for special-needs applicants:"
                    + " name the applicant's need (elderly, sick, disabled, minor)");
        }
    }
}

package org.bianmin.proxy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;

/**
 * A case as an agent records it on receipt (代办件登记). The time of record is the server's clock:
 * {@code receivedAt} is only checked against it (a few minutes apart at most), unless the case is a
 * paper case entered late, when {@code receivedAt} is the time the paper form shows and
 * {@code lateReason} says why it is entered only now (flagged as recorded late in the reports).
 *
 * @param pointId    the proxy point
 * @param agentId    the agent who received it
 * @param applicant  the applicant
 * @param itemCode   the catalogue item applied for
 * @param receivedAt when it was received
 * @param channel    how it came in
 * @param needs      special needs of the applicant, empty for none (task 15)
 * @param services   special service given: home service, full proxy (task 15)
 * @param lateReason why a paper case is entered late, or null for a case recorded as it is received
 */
public record NewCase(String pointId, String agentId, Applicant applicant, String itemCode, Instant receivedAt,
        Channel channel, Set<SpecialNeed> needs, Set<SpecialService> services, String lateReason) {
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
        lateReason = Checks.optionalText(lateReason);
        if (lateReason != null) {
            Checks.text(lateReason, "late-entry reason", 500);
        }
    }

    /** A case recorded as it is received (not a late entry). */
    public NewCase(String pointId, String agentId, Applicant applicant, String itemCode, Instant receivedAt,
            Channel channel, Set<SpecialNeed> needs, Set<SpecialService> services) {
        this(pointId, agentId, applicant, itemCode, receivedAt, channel, needs, services, null);
    }

    /** The same case as a paper case entered late: received at {@code paperTime}, for {@code reason}. */
    public NewCase enteredLate(Instant paperTime, String reason) {
        return new NewCase(pointId, agentId, applicant, itemCode, paperTime, channel, needs, services,
                Checks.text(reason, "late-entry reason", 500));
    }
}

package org.bianmin.proxy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bianmin.core.Checks;
import org.bianmin.core.DivisionCode;

/**
 * A proxy case (代办件) as listings show it: personal data masked, never in clear.
 *
 * @param id               the ledger's case id
 * @param pointId          the proxy point
 * @param township         the point's township
 * @param agentId          the agent who received it
 * @param applicantName    the applicant's name
 * @param maskedIdNumber   e.g. {@code 5133**********1234}
 * @param maskedPhone      e.g. {@code 138****5678}, null when none
 * @param itemCode         the catalogue item
 * @param itemName         its name, as the catalogue gave it on receipt
 * @param handlingPlace    where the catalogue says it is handled (township or county centre)
 * @param channel          how it came in
 * @param needs            special needs
 * @param services         special services given
 * @param state            the current state
 * @param receivedAt       when it was received
 * @param deadline         the last day of the promised limit (working days from the check), null
 *                         until the materials are complete
 * @param deadlineProvisional whether the deadline counts days of a year whose holiday notice is not
 *                         loaded yet (see {@code org.bianmin.catalogue.Deadline}); it is recomputed when
 *                         the notice is loaded
 * @param missingMaterials the one-time notice's list when the case was returned, else empty
 * @param visits           how many times the applicant came (K-ONETRIP)
 * @param rating           the applicant's rating 1–5, null when not rated
 * @param recordedLate     whether the case is a paper case entered late: {@code receivedAt} is the
 *                         time its paper form shows, not the server's time of record
 * @param lateReason       why it was entered late, null when it was not
 */
public record ProxyCase(String id, String pointId, DivisionCode township, String agentId, String applicantName,
        String maskedIdNumber, String maskedPhone, String itemCode, String itemName, String handlingPlace,
        Channel channel, Set<SpecialNeed> needs, Set<SpecialService> services, CaseState state, Instant receivedAt,
        LocalDate deadline, boolean deadlineProvisional, List<String> missingMaterials, int visits, Integer rating,
        boolean recordedLate, String lateReason) {
    public ProxyCase {
        id = Checks.text(id, "case id");
        Checks.text(pointId, "point id");
        Checks.required(township, "township");
        Checks.required(state, "state");
        Checks.required(receivedAt, "received at");
        needs = Set.copyOf(Checks.required(needs, "needs"));
        services = Set.copyOf(Checks.required(services, "services"));
        missingMaterials = Checks.list(missingMaterials, "missing materials");
        Checks.nonNegative(visits, "visits");
    }

    /** Whether the case is past its deadline on {@code today} without a result. */
    public boolean overdueOn(LocalDate today) {
        return deadline != null && !state.hasResult() && today.isAfter(deadline);
    }
}

package org.bianmin.proxy;

import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;

/**
 * Where a platform login may read and act in the proxy ledger (代办台账, plan tasks 12, 16): an
 * agent (代办员) is bound to their agent record at one point, a township supervisor to the points of
 * one township. A login may hold several assignments (an agent serving two points). County-wide reach
 * (county supervisors, auditors) is the county's configuration, not an assignment.
 *
 * @param login   the platform user id, as authentication reports it (e.g. {@code agent.yang})
 * @param scope   a point (the agent's) or a township
 * @param agentId the agent record the login acts as at the point; required for a point, absent for a
 *                township
 */
public record LedgerAssignment(String login, LedgerScope scope, String agentId) {
    public LedgerAssignment {
        login = Checks.text(login, "login", 128);
        Checks.required(scope, "scope");
        agentId = Checks.optionalText(agentId);
        switch (scope.level()) {
            case POINT -> {
                if (agentId == null) {
                    throw BianminException.invalid("a login assigned to point '" + scope.id()
                            + "' acts as one of its agents: name the agent id");
                }
                Checks.text(agentId, "agent id", 64);
            }
            case TOWNSHIP -> {
                if (agentId != null) {
                    throw BianminException.invalid("a township supervisor is not an agent: leave the agent id out");
                }
            }
            case COUNTY -> throw BianminException.invalid("county-wide reach is configured (county.logins of the"
                    + " ledger), not assigned");
        }
    }

    /** An agent's login bound to their agent record at a point. */
    public static LedgerAssignment agent(String login, String pointId, String agentId) {
        return new LedgerAssignment(login, LedgerScope.point(pointId), agentId);
    }

    /** A township supervisor's login over the points of a township. */
    public static LedgerAssignment township(String login, org.bianmin.core.DivisionCode township) {
        return new LedgerAssignment(login, LedgerScope.township(township), null);
    }
}

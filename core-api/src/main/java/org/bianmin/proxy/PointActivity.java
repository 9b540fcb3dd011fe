package org.bianmin.proxy;

import java.time.LocalDate;
import java.util.List;
import org.bianmin.core.Checks;

/**
 * What the ledger knows about one point over a period: the facts behind docs/requirements.md V-ONDUTY,
 * V-FEEDBACK, V-SUPERVISE and V-AGENTS, computed from the roster, cases and inspections.
 *
 * @param point           the point
 * @param period          the period
 * @param dutyDays        the working days of the period on which someone must be on duty
 * @param daysWithoutDuty those of them without an agent on the roster
 * @param agentRoles      the roles of the point's agents
 * @param casesReceived   cases received in the period
 * @param casesWithResult of them, cases with a result (done, rejected or answered)
 * @param casesAnswered   of them, cases answered
 * @param inspections     the days the point was inspected in the period
 */
public record PointActivity(ProxyPoint point, ReportingPeriod period, List<LocalDate> dutyDays,
        List<LocalDate> daysWithoutDuty, List<AgentRole> agentRoles, long casesReceived, long casesWithResult,
        long casesAnswered, List<LocalDate> inspections) {
    public PointActivity {
        Checks.required(point, "point");
        Checks.required(period, "period");
        dutyDays = Checks.list(dutyDays, "duty days");
        daysWithoutDuty = Checks.list(daysWithoutDuty, "days without duty");
        agentRoles = Checks.list(agentRoles, "agent roles");
        inspections = Checks.list(inspections, "inspections");
    }
}

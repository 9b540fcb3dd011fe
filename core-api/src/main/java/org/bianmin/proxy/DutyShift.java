package org.bianmin.proxy;

import java.time.LocalDate;
import org.bianmin.core.Checks;

/**
 * One day on the duty roster (坐班制, plan task 12: 每天至少要有1名代办员在岗).
 *
 * @param pointId the point
 * @param agentId the agent on duty
 * @param date    the day
 */
public record DutyShift(String pointId, String agentId, LocalDate date) {
    public DutyShift {
        pointId = Checks.text(pointId, "point id", 64);
        agentId = Checks.text(agentId, "agent id", 64);
        Checks.required(date, "duty date");
    }
}

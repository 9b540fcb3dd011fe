package org.bianmin.proxy;

import org.bianmin.core.Checks;

/**
 * An agent (代办员) of a proxy point (plan task 12).
 *
 * @param id      the agent's id, e.g. the platform user id
 * @param pointId the point the agent serves
 * @param name    the agent's name
 * @param role    the agent's role in the village
 */
public record Agent(String id, String pointId, String name, AgentRole role) {
    public Agent {
        id = Checks.text(id, "agent id", 64);
        pointId = Checks.text(pointId, "point id", 64);
        name = Checks.text(name, "agent name", 64);
        Checks.required(role, "agent role");
    }
}

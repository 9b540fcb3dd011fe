package org.bianmin.proxy.internal.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.bianmin.proxy.Agent;
import org.bianmin.proxy.AgentRole;

/** An agent row. */
@Entity
@Table(name = "proxy_agent")
public class AgentEntity {
    @Id
    private String agentId;
    private String pointId;
    private String agentName;
    private String agentRole;

    protected AgentEntity() {
    }

    public AgentEntity(Agent agent) {
        this.agentId = agent.id();
        this.pointId = agent.pointId();
        this.agentName = agent.name();
        this.agentRole = agent.role().name();
    }

    public Agent toAgent() {
        return new Agent(agentId, pointId, agentName, AgentRole.valueOf(agentRole));
    }

    public String pointId() {
        return pointId;
    }
}

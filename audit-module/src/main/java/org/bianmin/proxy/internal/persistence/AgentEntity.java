package org.bianmin.proxy.internal.persistence;

import jakarta.persistence.Column;
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
    @Column(name = "agent_id", length = 64)
    private String agentId;
    @Column(name = "point_id", nullable = false, length = 64)
    private String pointId;
    @Column(name = "agent_name", nullable = false, length = 64)
    private String agentName;
    @Column(name = "agent_role", nullable = false, length = 24)
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

package org.bianmin.proxy.internal;

import jakarta.persistence.EntityManager;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.ErrorCode;
import org.bianmin.proxy.internal.persistence.AgentEntity;
import org.bianmin.proxy.internal.persistence.CaseEntity;
import org.bianmin.proxy.internal.persistence.PointEntity;

/** Finds rows by id or fails with the not-found code the API promises. */
final class Lookups {
    private Lookups() {
    }

    static PointEntity point(EntityManager em, String pointId) {
        Checks.text(pointId, "point id");
        PointEntity point = em.find(PointEntity.class, pointId.strip());
        if (point == null) {
            throw new BianminException(ErrorCode.PROXY_POINT_NOT_FOUND, "no proxy point '" + pointId
                    + "' is registered; register it first");
        }
        return point;
    }

    static AgentEntity agentOf(EntityManager em, String agentId, String pointId) {
        Checks.text(agentId, "agent id");
        AgentEntity agent = em.find(AgentEntity.class, agentId.strip());
        if (agent == null || !agent.pointId().equals(pointId)) {
            throw new BianminException(ErrorCode.AGENT_NOT_FOUND, "no agent '" + agentId + "' is registered at point '"
                    + pointId + "'");
        }
        return agent;
    }

    static CaseEntity caseEntity(EntityManager em, String caseId) {
        Checks.text(caseId, "case id");
        CaseEntity entity = em.find(CaseEntity.class, caseId.strip());
        if (entity == null) {
            throw new BianminException(ErrorCode.CASE_NOT_FOUND, "no case '" + caseId + "' in the ledger");
        }
        return entity;
    }
}

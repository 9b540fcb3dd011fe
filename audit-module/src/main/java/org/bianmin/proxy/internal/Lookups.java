package org.bianmin.proxy.internal;

import jakarta.persistence.EntityManager;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.ErrorCode;
import org.bianmin.proxy.LedgerScope;
import org.bianmin.proxy.internal.persistence.AgentEntity;
import org.bianmin.proxy.internal.persistence.CaseEntity;
import org.bianmin.proxy.internal.persistence.PointEntity;

/**
 * Finds rows by id or fails with the not-found code the API promises, and turns a {@link LedgerScope}
 * and dates into the indexed columns the queries use.
 */
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

    /** The case column a scope selects on, for queries over {@code CaseEntity c}. */
    static String caseColumn(LedgerScope scope) {
        return switch (scope.level()) {
            case POINT -> "c.pointId";
            case TOWNSHIP -> "c.townshipCode";
            case COUNTY -> "c.countyCode";
        };
    }

    /** A point scope names a registered point; township and county scopes need no row. */
    static void requireScope(EntityManager em, LedgerScope scope) {
        if (scope.level() == LedgerScope.Level.POINT) {
            point(em, scope.id());
        }
    }

    /** A date as the epoch day stored in the day columns. */
    static int day(java.time.LocalDate date) {
        return (int) date.toEpochDay();
    }
}

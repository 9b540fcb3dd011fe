package org.bianmin.proxy.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Function;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.ErrorCode;
import org.bianmin.internal.persistence.JpaUnit;
import org.bianmin.proxy.LedgerScope;
import org.bianmin.proxy.ReportingPeriod;
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
            throw caseNotFound(caseId);
        }
        return entity;
    }

    /** The refusal for a case that does not exist, or that the caller does not reach: the two look alike. */
    static BianminException caseNotFound(String caseId) {
        return new BianminException(ErrorCode.CASE_NOT_FOUND, "no case '" + caseId + "' in the ledger");
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

    /**
     * Runs {@code work} in one transaction once {@code actor} is given and the point is registered:
     * how each entry of a point's registers and ledgers is written.
     */
    static <T> T atPoint(JpaUnit unit, String pointId, Actor actor, Function<EntityManager, T> work) {
        Checks.required(actor, "actor");
        return unit.inTransaction(em -> {
            point(em, pointId);
            return work.apply(em);
        });
    }

    /**
     * The entries of a registered point's ledger whose day column lies in {@code period}, by day and
     * then by {@code idField}, each read by {@code entry}, in one transaction: the one query behind
     * the appeal, care and duty-roster ledgers.
     */
    static <E, T> List<T> ledger(JpaUnit unit, Class<E> type, String pointId, String dayField, String idField,
            ReportingPeriod period, Function<E, T> entry) {
        Checks.required(period, "period");
        return unit.inTransaction(em -> {
            point(em, pointId);
            return em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.pointId = :p AND e."
                    + dayField + " BETWEEN :from AND :to ORDER BY e." + dayField + ", e." + idField, type)
                    .setParameter("p", pointId)
                    .setParameter("from", day(period.from()))
                    .setParameter("to", day(period.to())).getResultList().stream().map(entry).toList();
        });
    }

    /** A date as the epoch day stored in the day columns. */
    static int day(java.time.LocalDate date) {
        return (int) date.toEpochDay();
    }
}

package org.bianmin.proxy.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.proxy.LedgerAssignment;
import org.bianmin.proxy.LedgerScope;
import org.bianmin.proxy.internal.persistence.AssignmentEntity;
import org.bianmin.proxy.internal.persistence.CaseEntity;
import org.bianmin.proxy.internal.persistence.PointEntity;

/**
 * What one login reaches in the ledger (plan task 12: agents serve their point, the township
 * supervises its points, the county all): the county when it is configured county-wide, else the
 * townships and points of its assignments. Agents act at a point only as their own agent record.
 *
 * @param actor      the login
 * @param countyWide whether the county configured the login county-wide
 * @param townships  the townships it supervises
 * @param agentIds   the points it serves, each with the agent record(s) it acts as there
 */
record Reach(Actor actor, boolean countyWide, Set<String> townships, Map<String, Set<String>> agentIds) {
    Reach {
        townships = Set.copyOf(townships);
        agentIds = Map.copyOf(agentIds);
    }

    /** The reach of {@code actor}: county-wide when listed in {@code countyLogins}, else its assignments. */
    static Reach of(EntityManager em, Actor actor, Set<String> countyLogins) {
        if (countyLogins.contains(actor.id())) {
            return new Reach(actor, true, Set.of(), Map.of());
        }
        Set<String> townships = new LinkedHashSet<>();
        Map<String, Set<String>> agents = new LinkedHashMap<>();
        for (LedgerAssignment assignment : assignments(em, actor.id())) {
            if (assignment.scope().level() == LedgerScope.Level.TOWNSHIP) {
                townships.add(assignment.scope().id());
            } else {
                agents.computeIfAbsent(assignment.scope().id(), p -> new LinkedHashSet<>()).add(assignment.agentId());
            }
        }
        return new Reach(actor, false, townships, agents);
    }

    /** The assignments of a login, by scope. */
    static List<LedgerAssignment> assignments(EntityManager em, String login) {
        return em.createQuery("SELECT a FROM AssignmentEntity a WHERE a.login = :l ORDER BY a.scopeLevel DESC,"
                + " a.scopeId", AssignmentEntity.class).setParameter("l", login).getResultList().stream()
                .map(AssignmentEntity::toAssignment).toList();
    }

    /** Whether the login reaches the point with this id in this township. */
    boolean covers(String pointId, String townshipCode) {
        return countyWide || townships.contains(townshipCode) || agentIds.containsKey(pointId);
    }

    /**
     * The case when the login reaches its point; otherwise {@code CASE_NOT_FOUND} with the message of
     * a case that does not exist, so that the refusal does not say whether it exists.
     */
    CaseEntity caseOf(EntityManager em, String caseId) {
        CaseEntity entity = Lookups.caseEntity(em, caseId);
        if (!covers(entity.pointId(), entity.townshipCode())) {
            throw Lookups.caseNotFound(caseId);
        }
        return entity;
    }

    /** Whether the login reaches every point of {@code scope}. */
    boolean covers(EntityManager em, LedgerScope scope) {
        return switch (scope.level()) {
            case COUNTY -> countyWide;
            case TOWNSHIP -> countyWide || townships.contains(scope.id());
            case POINT -> {
                PointEntity point = Lookups.point(em, scope.id());
                yield covers(scope.id(), point.townshipCode());
            }
        };
    }

    /** Fails with {@code NOT_PERMITTED} unless the login reaches every point of {@code scope}. */
    void require(EntityManager em, LedgerScope scope) {
        if (!covers(em, scope)) {
            throw new BianminException(ErrorCode.NOT_PERMITTED, "login '" + actor + "' does not reach " + scope
                    + " of the proxy ledger; it reaches " + describe()
                    + ". The county assigns logins to points and townships");
        }
    }

    /**
     * Fails with {@code NOT_PERMITTED} when the login is bound to the point as an agent and
     * {@code agentId} is not its own record there: an agent records cases as themselves. Logins that
     * reach the point as a supervisor name any agent of the point.
     */
    void requireActingAs(String pointId, String townshipCode, String agentId) {
        if (countyWide || townships.contains(townshipCode)) {
            return;
        }
        Set<String> own = agentIds.get(pointId);
        if (own != null && !own.contains(agentId)) {
            throw new BianminException(ErrorCode.NOT_PERMITTED, "login '" + actor + "' acts at point '" + pointId
                    + "' as agent " + String.join(", ", own) + ", not as '" + agentId + "'");
        }
    }

    /** The scopes reached: the county, or the townships and then the points. */
    List<LedgerScope> scopes(String countyCode) {
        List<LedgerScope> scopes = new ArrayList<>();
        if (countyWide) {
            scopes.add(new LedgerScope(LedgerScope.Level.COUNTY, countyCode));
            return scopes;
        }
        townships.stream().sorted().forEach(t -> scopes.add(new LedgerScope(LedgerScope.Level.TOWNSHIP, t)));
        agentIds.keySet().stream().sorted().forEach(p -> scopes.add(LedgerScope.point(p)));
        return scopes;
    }

    private String describe() {
        if (countyWide) {
            return "the county";
        }
        if (townships.isEmpty() && agentIds.isEmpty()) {
            return "nothing";
        }
        List<String> parts = new ArrayList<>();
        townships.stream().sorted().forEach(t -> parts.add("township " + t));
        agentIds.keySet().stream().sorted().forEach(p -> parts.add("point " + p));
        return String.join(", ", parts);
    }
}

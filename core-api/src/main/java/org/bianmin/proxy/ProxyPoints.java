package org.bianmin.proxy;

import java.util.List;
import org.bianmin.core.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The proxy points of the village proxy ledger (代办台账, plan tasks 11, 12): points (便民服务室/代办点),
 * their agents (代办员) and the duty roster (坐班制).
 *
 * <p>Reach (plan task 12: agents serve their point, the township supervises its points): a login
 * reaches the whole county when the county configures it so (county supervisors, auditors), a
 * township's points or an agent's point(s) by {@link LedgerAssignment}s, and nothing otherwise.
 * Registering a point needs reach over its township, registering an agent or a duty shift reach over
 * the point, and assigning or withdrawing a login county-wide reach; otherwise {@code NOT_PERMITTED}.
 *
 * <p>Every operation is one transaction: when it throws, nothing was written. Failures:
 * {@code PROXY_POINT_NOT_FOUND}, {@code AGENT_NOT_FOUND}, {@code INVALID_ARGUMENT},
 * {@code NOT_PERMITTED}.
 */
@ProviderType
public interface ProxyPoints {
    /** Registers a point; fails with {@code INVALID_ARGUMENT} when its id is taken. */
    ProxyPoint registerPoint(ProxyPoint point, Actor actor);

    /** The point; fails with {@code PROXY_POINT_NOT_FOUND}. */
    ProxyPoint point(String pointId);

    /** The points of a township or county, or the one point, ordered by id. */
    List<ProxyPoint> points(LedgerScope scope);

    /** Registers an agent of an existing point. */
    Agent registerAgent(Agent agent, Actor actor);

    /** The agents of a point. */
    List<Agent> agents(String pointId);

    /** Puts an agent of the point on duty for a day (坐班制); idempotent. */
    DutyShift scheduleDuty(DutyShift shift, Actor actor);

    /** The roster of a point over a period, by date. */
    List<DutyShift> roster(String pointId, ReportingPeriod period);

    /**
     * Binds a login to an agent record of a point (the agent must be registered there) or to a
     * township; idempotent. Needs county-wide reach.
     */
    LedgerAssignment assign(LedgerAssignment assignment, Actor actor);

    /** Removes a login's assignment to a point or township; needs county-wide reach. */
    void withdraw(String login, LedgerScope scope, Actor actor);

    /** The assignments of a login, by scope. */
    List<LedgerAssignment> assignments(String login);

    /**
     * What the actor reaches: the county, or its townships and points in that order; empty when the
     * login is neither configured county-wide nor assigned.
     */
    List<LedgerScope> reach(Actor actor);

    /**
     * Returns normally when the actor reaches every point of {@code scope}; otherwise fails with
     * {@code NOT_PERMITTED}, naming what the actor does reach.
     */
    void requireReach(LedgerScope scope, Actor actor);
}

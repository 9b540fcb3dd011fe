package org.bianmin.proxy;

import java.util.List;
import org.bianmin.core.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The proxy points of the village proxy ledger (代办台账, plan tasks 11, 12): points (便民服务室/代办点),
 * their agents (代办员) and the duty roster (坐班制).
 *
 * <p>Every operation is one transaction: when it throws, nothing was written. Failures:
 * {@code PROXY_POINT_NOT_FOUND}, {@code AGENT_NOT_FOUND}, {@code INVALID_ARGUMENT}.
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
}

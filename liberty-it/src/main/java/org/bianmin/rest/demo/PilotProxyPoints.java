package org.bianmin.rest.demo;

import java.util.List;
import java.util.Map;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;
import org.bianmin.proxy.Agent;
import org.bianmin.proxy.AgentRole;
import org.bianmin.proxy.LedgerAssignment;
import org.bianmin.proxy.PointKind;
import org.bianmin.proxy.ProxyPoints;
import org.bianmin.proxy.ProxyPoint;

/**
 * The annex-2 pilot villages' service rooms (和平村, 杵坭村) as proxy points of the ledger, each with
 * one agent (代办员) whose demo login is bound to it ({@code agent.yang} at 和平村, {@code agent.luo}
 * at 杵坭村), and the 兴隆镇 supervisor's login bound to that township, so that the demo can record
 * proxy cases there. The county supervisor and the auditor reach the whole county by configuration
 * (profiles/demo.xml, {@code county.logins}).
 */
final class PilotProxyPoints {
    static final Actor SUPERVISOR = Actor.of("supervisor.liu");

    /** The demo logins of the points' agents, by point. */
    static final Map<String, String> AGENT_LOGINS = Map.of("heping", "agent.yang", "chuni", "agent.luo");

    /** The demo login of the 兴隆镇 supervisor. */
    static final String TOWNSHIP_SUPERVISOR = "supervisor.xinglong";

    static final List<ProxyPoint> POINTS = List.of(
            new ProxyPoint("heping", "泸定县兴隆镇和平村便民服务室", PointKind.SERVICE_ROOM, DivisionCode.of("513322102201")),
            new ProxyPoint("chuni", "泸定县冷碛镇杵坭村便民服务室", PointKind.SERVICE_ROOM, DivisionCode.of("513322101203")));

    private final ProxyPoints points;

    PilotProxyPoints(ProxyPoints points) {
        this.points = points;
    }

    void load() {
        for (ProxyPoint point : POINTS) {
            if (!exists(point.id())) {
                points.registerPoint(point, SUPERVISOR);
            }
            if (points.agents(point.id()).isEmpty()) {
                points.registerAgent(new Agent(point.id() + "-agent", point.id(),
                        point.id().equals("heping") ? "杨代办" : "罗代办", AgentRole.CLERK), SUPERVISOR);
            }
            points.assign(LedgerAssignment.agent(AGENT_LOGINS.get(point.id()), point.id(), point.id() + "-agent"),
                    SUPERVISOR);
        }
        points.assign(LedgerAssignment.township(TOWNSHIP_SUPERVISOR, POINTS.get(0).township()), SUPERVISOR);
    }

    private boolean exists(String pointId) {
        try {
            points.point(pointId);
            return true;
        } catch (BianminException e) {
            if (e.code() == ErrorCode.PROXY_POINT_NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }
}

package org.bianmin.rest.demo;

import java.util.List;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;
import org.bianmin.proxy.Agent;
import org.bianmin.proxy.AgentRole;
import org.bianmin.proxy.PointKind;
import org.bianmin.proxy.ProxyPoints;
import org.bianmin.proxy.ProxyPoint;

/**
 * The annex-2 pilot villages' service rooms (和平村, 杵坭村) as proxy points of the ledger, each with
 * one agent (代办员), so that the demo can record proxy cases there.
 */
final class PilotProxyPoints {
    static final Actor SUPERVISOR = Actor.of("supervisor.liu");

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
                points.registerAgent(new Agent(point.id() + "-agent", point.id(), "杨代办", AgentRole.CLERK), SUPERVISOR);
            }
        }
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

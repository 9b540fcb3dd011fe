package org.bianmin.standards.internal;

import java.util.Optional;
import org.bianmin.proxy.PointActivity;
import org.bianmin.proxy.ReportingPeriod;

/**
 * Where the checker gets the proxy ledger's facts about a point (V-ONDUTY, V-FEEDBACK,
 * V-SUPERVISE, V-AGENTS); in OSGi the {@link org.bianmin.proxy.ProxyReports} service.
 */
@FunctionalInterface
public interface ActivitySource {
    /**
     * The point's activity, empty while no ledger is available; fails with
     * {@code PROXY_POINT_NOT_FOUND} for an unknown point.
     */
    Optional<PointActivity> activity(String pointId, ReportingPeriod period);
}

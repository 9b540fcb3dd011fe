package org.bianmin.standards.internal;

import java.util.Optional;
import org.bianmin.proxy.PointActivity;
import org.bianmin.proxy.ReportingPeriod;

/**
 * What a rule may use besides the site description: the thresholds, the period under review and,
 * for a village room linked to the proxy ledger, the ledger's facts about it.
 *
 * @param thresholds the configured numbers
 * @param period     the period under review
 * @param activity   the ledger's facts about the linked point, if any
 * @param ledgerNote why there are no ledger facts, when there are none
 */
public record CheckContext(Thresholds thresholds, ReportingPeriod period, Optional<PointActivity> activity,
        String ledgerNote) {
}

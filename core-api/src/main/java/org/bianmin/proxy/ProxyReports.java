package org.bianmin.proxy;

import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What the village proxy ledger tells supervisors, computed from the cases, the roster and the
 * inspections (never declared): the "every case answered" report, the overdue cases, the service
 * indicators K-* and a point's activity for the standards checks.
 *
 * <p>Failures: {@code PROXY_POINT_NOT_FOUND} for a point scope or point that is not registered,
 * {@code DATE_RANGE_INVALID}, {@code INVALID_ARGUMENT}.
 */
@ProviderType
public interface ProxyReports {
    /** Every case of the scope without an answer on {@code asOf}, oldest first. */
    UnansweredReport unanswered(LedgerScope scope, LocalDate asOf);

    /** The cases of the scope past their deadline on {@code asOf} without a result. */
    List<UnansweredCase> overdue(LedgerScope scope, LocalDate asOf);

    /** K-ONETRIP, K-ANSWERED, K-ONTIME, K-RATING, K-SPECIAL over the cases received in the period. */
    ServiceIndicators indicators(LedgerScope scope, ReportingPeriod period);

    /** Roster, cases and inspections of one point over a period (V-ONDUTY, V-FEEDBACK, V-SUPERVISE). */
    PointActivity activity(String pointId, ReportingPeriod period);
}

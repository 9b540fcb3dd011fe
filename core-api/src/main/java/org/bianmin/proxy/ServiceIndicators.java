package org.bianmin.proxy;

import org.bianmin.core.Checks;

/**
 * The service indicators of docs/requirements.md, computed from the ledger over the cases received in a
 * period (never declared).
 *
 * @param scope    point, township or county
 * @param period   the period of receipt
 * @param oneTrip  K-ONETRIP: cases whose applicant came at most once, of all cases (最多跑一次)
 * @param answered K-ANSWERED: cases whose result was fed back, of cases with a result (事事有回音)
 * @param onTime   K-ONTIME: cases with a result on or before the deadline, of cases with a result
 *                 or past their deadline (限时办结)
 * @param onTimeProvisional how many of K-ONTIME's cases have a provisional deadline (a year whose
 *                 holiday notice is not loaded yet): 0 when the figure is final
 * @param rating   K-RATING: good ratings, of rated cases (好差评)
 * @param special  K-SPECIAL: special-needs cases served at home or by full proxy, of special-needs
 *                 cases (task 15)
 */
public record ServiceIndicators(LedgerScope scope, ReportingPeriod period, Ratio oneTrip, Ratio answered,
        Ratio onTime, int onTimeProvisional, Ratio rating, Ratio special) {
    public ServiceIndicators {
        Checks.required(scope, "scope");
        Checks.required(period, "period");
        Checks.required(oneTrip, "K-ONETRIP");
        Checks.required(answered, "K-ANSWERED");
        Checks.required(onTime, "K-ONTIME");
        Checks.nonNegative(onTimeProvisional, "provisional deadlines");
        Checks.required(rating, "K-RATING");
        Checks.required(special, "K-SPECIAL");
    }
}

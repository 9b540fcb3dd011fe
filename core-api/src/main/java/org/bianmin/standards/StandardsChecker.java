package org.bianmin.standards;

import java.util.List;
import org.bianmin.proxy.ReportingPeriod;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Checks township centres, stations and village rooms against the plan's standards: every C-* and
 * V-* rule of docs/requirements.md is one check with that id over a {@link SiteDescription}. Rules
 * whose facts live in the proxy ledger (V-ONDUTY, V-FEEDBACK, V-SUPERVISE) are computed from it for
 * the given period, never taken from the description. Reports are data; people and programs read
 * them through {@link StandardsReportRenderer}.
 *
 * <p>Outcomes are data ({@link RuleStatus}); only an invalid description fails, with
 * {@code SITE_DESCRIPTION_INVALID} naming the field.
 */
@ProviderType
public interface StandardsChecker {
    /** The rules this checker applies, in docs/requirements.md order. */
    List<StandardsRule> rules();

    /** The ids of the rules, e.g. {@code C-AREA}. */
    default List<String> ruleIds() {
        return rules().stream().map(StandardsRule::id).toList();
    }

    /**
     * Checks one site.
     *
     * @param site   the site description
     * @param period the period over which ledger-computed rules are judged
     * @throws org.bianmin.core.BianminException {@code SITE_DESCRIPTION_INVALID} when the description
     *         misses {@code kind}, {@code name} or {@code divisionCode}, has a negative or absurd
     *         value, an empty list entry, a malformed date, or names a proxy point the ledger lacks
     */
    SiteReport check(SiteDescription site, ReportingPeriod period);

    /** Adds up reports per township and for the county. */
    CountyRollUp rollUp(List<SiteReport> reports);
}

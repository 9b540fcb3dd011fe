package org.bianmin.standards;

import java.util.List;
import org.bianmin.proxy.ReportingPeriod;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Checks township centres, stations and village rooms against the plan's standards: every C-* and
 * V-* rule of docs/requirements.md is one check with that id over a site description (a JSON document,
 * schema in the audit-module README). Rules whose facts live in the proxy ledger (V-ONDUTY,
 * V-FEEDBACK, V-SUPERVISE) are computed from it for the given period, never taken from the
 * description.
 *
 * <p>Outcomes are data ({@link RuleStatus}); only an unreadable description fails, with
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
     * @param siteDescriptionJson the site description
     * @param period              the period over which ledger-computed rules are judged
     * @throws org.bianmin.core.BianminException {@code SITE_DESCRIPTION_INVALID} when the description
     *         is not valid JSON, misses {@code kind}, {@code name} or {@code divisionCode}, has a
     *         negative or absurd value, or an unknown code
     */
    SiteReport check(String siteDescriptionJson, ReportingPeriod period);

    /** Adds up reports per township and for the county. */
    CountyRollUp rollUp(List<SiteReport> reports);

    /** The report as JSON: {@code {"site","kind","results":[{"rule","status","detail"}],"summary"}}. */
    String toJson(SiteReport report);

    /** The roll-up as JSON. */
    String toJson(CountyRollUp rollUp);

    /** A self-contained HTML page a supervisor can print: the roll-up, then every site's results. */
    String toHtml(List<SiteReport> reports);
}

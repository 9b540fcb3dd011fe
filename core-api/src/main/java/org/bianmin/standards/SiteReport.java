package org.bianmin.standards;

import java.util.List;
import java.util.Optional;
import org.bianmin.core.Checks;
import org.bianmin.core.DivisionCode;

/**
 * The standards report of one site: one {@link RuleResult} per rule that applies to its kind, in
 * the order of docs/requirements.md. Its JSON form (see {@link StandardsReportRenderer}) is
 * {@code {"site":..,"kind":..,"results":[{"rule":..,"status":..,"detail":..}],"summary":{..}}}.
 *
 * @param site         the site's name
 * @param kind         centre, station or village room
 * @param divisionCode the site's division code (GB/T 2260), for roll-ups
 * @param township     the township the site belongs to (name as the description gives it, or its
 *                     division code), the key of township roll-ups
 * @param results      one result per rule
 */
public record SiteReport(String site, SiteKind kind, DivisionCode divisionCode, String township,
        List<RuleResult> results) {
    public SiteReport {
        site = Checks.text(site, "site");
        Checks.required(kind, "kind");
        Checks.required(divisionCode, "divisionCode");
        township = Checks.text(township, "township");
        results = Checks.list(results, "results");
    }

    /** The tally of the results. */
    public Summary summary() {
        return Summary.of(results);
    }

    /** The result of {@code rule}, if it applies to this site. */
    public Optional<RuleResult> result(String rule) {
        return results.stream().filter(result -> result.rule().equals(rule)).findFirst();
    }
}

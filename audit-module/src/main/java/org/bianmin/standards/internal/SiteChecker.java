package org.bianmin.standards.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;
import org.bianmin.proxy.PointActivity;
import org.bianmin.proxy.ReportingPeriod;
import org.bianmin.standards.CountyRollUp;
import org.bianmin.standards.RuleResult;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.SiteReport;
import org.bianmin.standards.StandardsChecker;
import org.bianmin.standards.StandardsRule;

/**
 * The standards checker: validates a site description, gathers the ledger's facts for a linked
 * village room, then runs every rule that applies to the site's kind. Facts first, judgement second: the
 * rules are pure functions of (description, ledger facts, thresholds, period).
 */
public final class SiteChecker implements StandardsChecker {
    private final Thresholds thresholds;
    private final SiteDescriptionValidator validator;
    private final ActivitySource ledger;
    private final List<SiteRule> rules = Rulebook.all();

    /**
     * @param thresholds the numbers to compare against
     * @param ledger     the proxy ledger's facts, or null when no ledger is available
     */
    public SiteChecker(Thresholds thresholds, ActivitySource ledger) {
        this.thresholds = Checks.required(thresholds, "thresholds");
        this.validator = new SiteDescriptionValidator(thresholds);
        this.ledger = ledger;
    }

    @Override
    public List<StandardsRule> rules() {
        return rules.stream().map(SiteRule::rule).toList();
    }

    @Override
    public SiteReport check(SiteDescription description, ReportingPeriod period) {
        Checks.required(period, "period");
        SiteDescription site = validator.validate(description);
        CheckContext context = context(site, period);
        List<RuleResult> results = new ArrayList<>();
        for (SiteRule rule : rules) {
            if (rule.appliesTo(site.kind())) {
                results.add(rule.check(site, context));
            }
        }
        DivisionCode code = DivisionCode.of(site.divisionCode());
        return new SiteReport(site.name().strip(), site.kind(), code, township(site, code), results);
    }

    private CheckContext context(SiteDescription site, ReportingPeriod period) {
        if (site.kind().isCentre()) {
            return new CheckContext(thresholds, period, Optional.empty(), "not a village room");
        }
        if (site.proxyPointId() == null || site.proxyPointId().isBlank()) {
            return new CheckContext(thresholds, period, Optional.empty(),
                    "the description names no 'proxyPointId' linking the room to the ledger");
        }
        if (ledger == null) {
            return new CheckContext(thresholds, period, Optional.empty(), "no proxy ledger is available");
        }
        try {
            Optional<PointActivity> activity = ledger.activity(site.proxyPointId().strip(), period);
            return new CheckContext(thresholds, period, activity, "no proxy ledger is available");
        } catch (BianminException e) {
            if (e.code() == ErrorCode.PROXY_POINT_NOT_FOUND) {
                throw new BianminException(ErrorCode.SITE_DESCRIPTION_INVALID,
                        "proxyPointId: the ledger has no point '" + site.proxyPointId().strip() + "'", e);
            }
            throw e;
        }
    }

    private static String township(SiteDescription site, DivisionCode code) {
        if (site.township() != null && !site.township().isBlank()) {
            return site.township().strip();
        }
        return code.level() == DivisionCode.Level.COUNTY ? code.value() : code.township().value();
    }

    @Override
    public CountyRollUp rollUp(List<SiteReport> reports) {
        return RollUps.of(rules(), reports);
    }
}

package org.bianmin.standards.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bianmin.core.Checks;
import org.bianmin.standards.CountyRollUp;
import org.bianmin.standards.RollUp;
import org.bianmin.standards.RuleResult;
import org.bianmin.standards.RuleTally;
import org.bianmin.standards.SiteReport;
import org.bianmin.standards.StandardsRule;
import org.bianmin.standards.Summary;

/** Adds site reports up per township and for the county. */
final class RollUps {
    private RollUps() {
    }

    static CountyRollUp of(List<StandardsRule> rules, List<SiteReport> reports) {
        Checks.list(reports, "reports");
        Map<String, List<SiteReport>> byTownship = new TreeMap<>();
        reports.forEach(report -> byTownship.computeIfAbsent(report.township(), key -> new ArrayList<>()).add(report));
        List<RollUp> townships = byTownship.entrySet().stream()
                .map(entry -> rollUp(entry.getKey(), rules, entry.getValue())).toList();
        return new CountyRollUp(rollUp("county", rules, reports), townships);
    }

    private static RollUp rollUp(String area, List<StandardsRule> rules, List<SiteReport> reports) {
        Summary total = reports.stream().map(SiteReport::summary).reduce(Summary.none(), Summary::plus);
        List<RuleTally> tallies = new ArrayList<>();
        for (StandardsRule rule : rules) {
            List<RuleResult> results = reports.stream().map(report -> report.result(rule.id()))
                    .flatMap(Optional::stream).toList();
            if (!results.isEmpty()) {
                tallies.add(new RuleTally(rule.id(), Summary.of(results)));
            }
        }
        return new RollUp(area, reports.stream().map(SiteReport::site).toList(), total, tallies);
    }
}

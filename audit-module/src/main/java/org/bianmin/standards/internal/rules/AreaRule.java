package org.bianmin.standards.internal.rules;

import org.bianmin.standards.RuleResult;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.SiteKind;
import org.bianmin.standards.internal.CheckContext;
import org.bianmin.standards.internal.SiteRule;
import org.bianmin.standards.internal.Thresholds;

/** A minimum floor area (C-AREA, V-AREA): NOT_ASSESSED without {@code areaM2}. */
abstract class AreaRule extends SiteRule {
    AreaRule(String id, java.util.Set<SiteKind> kinds, String clause, String summary) {
        super(id, kinds, clause, summary);
    }

    abstract double minimum(Thresholds thresholds);

    @Override
    public final RuleResult check(SiteDescription site, CheckContext context) {
        Double area = site.areaM2();
        if (area == null) {
            return notAssessed("the description has no 'areaM2'");
        }
        double minimum = minimum(context.thresholds());
        return judge(area >= minimum, "measured " + number(area) + " m², required at least " + number(minimum) + " m²");
    }
}

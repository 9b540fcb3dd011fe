package org.bianmin.standards.internal.rules;

import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.bianmin.standards.RuleResult;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.SiteKind;
import org.bianmin.standards.internal.CheckContext;
import org.bianmin.standards.internal.SectionRule;
import org.bianmin.standards.internal.Thresholds;

/** A minimum floor area (C-AREA, V-AREA): NOT_ASSESSED without {@code areaM2}. */
abstract class AreaRule extends SectionRule<Double> {
    private final ToDoubleFunction<Thresholds> minimum;

    /** @param minimum the least floor area, in m², from the configuration */
    AreaRule(String id, Set<SiteKind> kinds, ToDoubleFunction<Thresholds> minimum) {
        super(id, kinds, "areaM2", SiteDescription::areaM2);
        this.minimum = minimum;
    }

    @Override
    protected final RuleResult assess(Double area, CheckContext context) {
        double least = minimum.applyAsDouble(context.thresholds());
        return judge(area >= least, "measured " + number(area) + " m², required at least " + number(least) + " m²");
    }
}

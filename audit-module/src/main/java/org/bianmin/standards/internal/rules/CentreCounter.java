package org.bianmin.standards.internal.rules;

import java.util.ArrayList;
import java.util.List;
import org.bianmin.standards.RuleResult;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.internal.CheckContext;
import org.bianmin.standards.internal.SiteRule;
import org.bianmin.standards.internal.Thresholds;

/**
 * C-COUNTER: 任务6 "工作台面设置高度、宽度符合标准（参考标准高75CM、宽75-100CM）". "About 75 cm"
 * allows the configured tolerance.
 */
public final class CentreCounter extends SiteRule {
    public CentreCounter() {
        super("C-COUNTER", CENTRES);
    }

    @Override
    public RuleResult check(SiteDescription site, CheckContext context) {
        if (site.windows() == null || site.windows().isEmpty()) {
            return notAssessed("the description has no windows to measure");
        }
        Thresholds limits = context.thresholds();
        List<String> wrong = new ArrayList<>();
        int unmeasured = 0;
        for (int i = 0; i < site.windows().size(); i++) {
            SiteDescription.Window window = site.windows().get(i);
            if (window.counterHeightCm() == null || window.counterWidthCm() == null) {
                unmeasured++;
                continue;
            }
            double height = window.counterHeightCm();
            double width = window.counterWidthCm();
            boolean heightOk = Math.abs(height - limits.counterHeightCm()) <= limits.counterHeightToleranceCm();
            boolean widthOk = width >= limits.counterMinWidthCm() && width <= limits.counterMaxWidthCm();
            if (!heightOk || !widthOk) {
                wrong.add("windows[" + i + "] " + number(height) + "×" + number(width) + " cm");
            }
        }
        String expected = "expected height " + number(limits.counterHeightCm()) + "±"
                + number(limits.counterHeightToleranceCm()) + " cm, width " + number(limits.counterMinWidthCm()) + "–"
                + number(limits.counterMaxWidthCm()) + " cm";
        if (!wrong.isEmpty()) {
            return fail("out of range: " + String.join(", ", wrong) + "; " + expected);
        }
        if (unmeasured > 0) {
            return notAssessed(unmeasured + " of " + site.windows().size() + " counters not measured; " + expected);
        }
        return pass("all " + site.windows().size() + " counters within range; " + expected);
    }
}

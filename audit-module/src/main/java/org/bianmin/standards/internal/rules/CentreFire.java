package org.bianmin.standards.internal.rules;

import org.bianmin.standards.RuleResult;
import org.bianmin.standards.SiteCodes.Equipment;
import org.bianmin.standards.SiteCodes.Facility;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.internal.CheckContext;
import org.bianmin.standards.internal.Findings;
import org.bianmin.standards.internal.SiteRule;

/** C-FIRE: 任务4 五 "配备灭火器、消防栓等消防器材，设置紧急逃生通道，并在醒目位置设置提醒标示". */
public final class CentreFire extends SiteRule {
    public CentreFire() {
        super("C-FIRE", CENTRES);
    }

    @Override
    public RuleResult check(SiteDescription site, CheckContext context) {
        return conclude(new Findings()
                .part(has(site.equipment(), Equipment.FIRE_EXTINGUISHER), "fire extinguisher")
                .part(has(site.equipment(), Equipment.FIRE_HYDRANT), "fire hydrant")
                .part(has(site.facilities(), Facility.ESCAPE_ROUTE), "emergency escape route")
                .part(has(site.facilities(), Facility.SAFETY_SIGNS), "visible safety signs"));
    }
}

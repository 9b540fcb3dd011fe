package org.bianmin.standards.internal.rules;

import org.bianmin.standards.RuleResult;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.internal.CheckContext;
import org.bianmin.standards.internal.Findings;
import org.bianmin.standards.internal.SectionRule;

/** C-EMERGENCY: 任务7 三 "制定'应急处置预案'并组织窗口人员开展学习和演练". */
public final class CentreEmergency extends SectionRule<SiteDescription.Emergency> {
    public CentreEmergency() {
        super("C-EMERGENCY", CENTRES, "emergency", SiteDescription::emergency);
    }

    @Override
    protected RuleResult assess(SiteDescription.Emergency emergency, CheckContext context) {
        return conclude(new Findings()
                .part(emergency.plan(), "emergency response plan (应急处置预案)")
                .part(emergency.staffTrained(), "window staff trained on it")
                .part(emergency.lastDrill() == null ? null : Boolean.TRUE, "drill held"
                        + (emergency.lastDrill() == null ? "" : ", last on " + emergency.lastDrill())));
    }
}
